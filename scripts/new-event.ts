// `npm run new:event -- "Tên sự kiện"`: content/events/<slug>.yaml
import { newEvent } from '../src/lib/new-entry';
import { run } from './new-entry';

run('npm run new:event -- "Tên sự kiện"', newEvent);
