// `npm run new:announcement -- "Tiêu đề thông báo"`: content/announcements/<today in Vietnam>-<slug>.mdx
import { newAnnouncement } from '../src/lib/new-entry';
import { todayInVietnam } from '../src/lib/dates';
import { run } from './new-entry';

run('npm run new:announcement -- "Tiêu đề thông báo"', (title) => newAnnouncement(title, todayInVietnam()));
