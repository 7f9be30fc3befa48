// The project runs on the Node.js it brings: the `node` package (Node 24 LTS) in node_modules/.bin,
// which npm puts first on PATH for every `npm run …`/`npx …`. A script started directly with an
// older system Node (`node scripts/build.mjs` on Node 20) stops here with what to do, not a stack trace.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `✗ Node.js ${process.versions.node} quá cũ cho dự án này (cần 22.12 trở lên; dự án dùng Node 24 có sẵn trong node_modules).\n` +
      '  Chạy qua npm để dùng Node của dự án: npm install, rồi npm start / npm run build / npm test.',
  );
  process.exit(1);
}
