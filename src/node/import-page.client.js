// The page "Nhập chương trình năm mới" in the browser (served by the editor only; see import-page.ts).
// Every text is set with textContent, except the review, which the server escapes (report.ts).
(() => {
  const ENDPOINT = '/api/nhap-chuong-trinh/';
  const MAX_BYTES = 20 * 1024 * 1024;
  const LABELS = { draft: 'Nháp', pending_review: 'Chờ duyệt', pending_publish: 'Sẵn sàng đăng' };
  const $ = (s) => document.querySelector(s);
  const form = $('[data-import-form]');
  const input = $('#tep');
  const replace = form.elements.namedItem('replace');
  const previewButton = $('[data-preview]');
  const saveButton = $('[data-save]');
  const message = $('[data-message]');
  const problems = $('[data-problems]');
  const review = $('[data-review]');
  const draftList = $('[data-drafts]');
  const draftMessage = $('[data-draft-message]');
  const draftProblems = $('[data-draft-problems]');
  const draftReview = $('[data-draft-review]');

  function say(box, kind, text) {
    box.className = text ? `msg-${kind}` : '';
    box.textContent = text;
  }
  function listProblems(box, list) {
    box.replaceChildren(...(list ?? []).map((p) => Object.assign(document.createElement('li'), { textContent: p })));
    box.hidden = !list || list.length === 0;
  }
  function showReview(box, html) {
    // Built by the server with every text escaped and no script (report.ts reportBody).
    box.innerHTML = html ?? '';
    box.hidden = !html;
  }

  async function call(action, params) {
    let response;
    try {
      response = await fetch(ENDPOINT, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ action, params }) });
    } catch {
      return { ok: false, message: 'Không kết nối được trình biên tập: cửa sổ lệnh npm run editor còn chạy không?' };
    }
    try {
      return await response.json();
    } catch {
      return { ok: false, message: `Trình biên tập trả lời lỗi ${response.status}.` };
    }
  }

  function base64(buffer) {
    const bytes = new Uint8Array(buffer);
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  }

  let previewed = null; // the file the review on screen was made from
  async function fileParams() {
    const file = input.files && input.files[0];
    if (!file) return { error: 'Chưa chọn tệp: bấm vào ô "Văn bản chương trình" và chọn tệp .docx (hoặc .txt, .md) của chương trình.' };
    if (file.size > MAX_BYTES) return { error: `Tệp ${file.name} lớn hơn 20 MB: không phải một văn bản chương trình.\nNội dung trang (content/) không thay đổi.` };
    return { file, params: { name: file.name, content: base64(await file.arrayBuffer()), replace: replace.checked } };
  }

  /** The short titles (and a guessed issuer) staff changed in the review on screen; an empty field keeps the proposal. */
  function titleEdits() {
    const edits = {};
    const titles = {};
    for (const field of review.querySelectorAll('[data-title-for]')) {
      const value = field.value.trim();
      if (value !== '' && value !== field.dataset.proposal) titles[field.dataset.titleFor] = field.value;
    }
    if (Object.keys(titles).length) edits.titles = titles;
    const issuer = review.querySelector('[data-issuer]');
    if (issuer && issuer.value.trim() !== '' && issuer.value.trim() !== issuer.dataset.proposal) edits.issuer = issuer.value;
    return edits;
  }

  /** Marks the fields the server refused, with its message beside each; clears the others. */
  function markFields(list) {
    const byField = new Map((list ?? []).map((p) => [p.field, p.message]));
    for (const box of review.querySelectorAll('[data-problem-for]')) {
      const text = byField.get(box.dataset.problemFor);
      box.textContent = text ?? '';
      box.hidden = !text;
      const field = box.parentElement.querySelector('textarea');
      if (field) field.setAttribute('aria-invalid', text ? 'true' : 'false');
    }
    const first = review.querySelector('textarea[aria-invalid="true"]');
    if (first) first.focus();
  }

  async function send(action) {
    const { file, params, error } = await fileParams();
    listProblems(problems, []);
    if (error) {
      showReview(review, '');
      saveButton.disabled = true;
      return say(message, 'bad', error);
    }
    previewButton.disabled = saveButton.disabled = true;
    say(message, 'wait', action === 'preview' ? `Đang đọc tệp ${file.name}…` : `Đang lưu bản nháp từ tệp ${file.name}…`);
    const answer = await call(action, action === 'saveDraft' ? { ...params, ...titleEdits() } : params);
    previewButton.disabled = false;
    if (action === 'saveDraft' && !answer.ok && answer.fieldProblems && answer.fieldProblems.length) {
      // A title the importer refused: keep the review and the staff's edits on screen, mark the fields.
      say(message, 'bad', answer.message);
      markFields(answer.fieldProblems);
      saveButton.disabled = false;
      return;
    }
    say(message, answer.ok ? 'ok' : 'bad', answer.ok && action === 'preview' ? `Đã đọc tệp ${file.name}: chưa lưu gì. Xem lại bên dưới, rồi bấm "Lưu bản nháp để duyệt".\n\n${answer.message}` : answer.message);
    listProblems(problems, answer.problems);
    showReview(review, answer.review);
    previewed = answer.ok && action === 'preview' ? file : null;
    saveButton.disabled = !previewed;
    if (action === 'saveDraft' && answer.ok) {
      await loadDrafts();
      if (answer.year) await openDraft(answer.year);
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    send('preview');
  });
  input.addEventListener('change', () => {
    previewed = null;
    saveButton.disabled = true;
  });
  replace.addEventListener('change', () => {
    previewed = null;
    saveButton.disabled = true;
  });
  saveButton.addEventListener('click', () => send('saveDraft'));
  review.addEventListener('input', (event) => {
    const field = event.target;
    if (field.getAttribute && field.getAttribute('aria-invalid') === 'true') {
      field.setAttribute('aria-invalid', 'false');
      const box = field.parentElement.querySelector('[data-problem-for]');
      if (box) box.hidden = true;
    }
  });
  // A title is one line: Enter in its field adds no line break.
  review.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.target.matches && event.target.matches('[data-title-for], [data-issuer]')) event.preventDefault();
  });

  const button = (text, onClick, primary = false) => {
    const b = Object.assign(document.createElement('button'), { type: 'button', textContent: text });
    if (primary) b.className = 'primary';
    b.addEventListener('click', onClick);
    return b;
  };

  async function act(action, year, extra = {}) {
    const answer = await call(action, { year, ...extra });
    say(draftMessage, answer.ok ? 'ok' : 'bad', answer.message);
    listProblems(draftProblems, answer.problems);
    await loadDrafts();
    if (answer.ok && (action === 'publish' || action === 'deleteDraft')) showReview(draftReview, '');
    else if (action === 'setStatus') await openDraft(year, false);
    return answer;
  }

  async function openDraft(year, announce = true) {
    const answer = await call('review', { year });
    if (!answer.ok) {
      showReview(draftReview, '');
      return say(draftMessage, 'bad', answer.message);
    }
    if (announce) say(draftMessage, 'ok', `Xem lại bản nháp chương trình năm ${year} (trạng thái: ${LABELS[answer.status]}).`);
    showReview(draftReview, answer.review);
    draftReview.scrollIntoView({ block: 'start' });
  }

  /** "02/12/2026, 20:52" in Vietnam's time, the site's date format. */
  function savedAt(iso) {
    const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
    return `${parts.day}/${parts.month}/${parts.year}, ${parts.hour}:${parts.minute}`;
  }

  async function loadDrafts() {
    const answer = await call('drafts');
    const drafts = answer.drafts ?? [];
    if (drafts.length === 0) {
      draftList.replaceChildren(Object.assign(document.createElement('li'), { textContent: answer.ok === false ? answer.message : 'Chưa có bản nháp chương trình nào.' }));
      return;
    }
    draftList.replaceChildren(...drafts.map((d) => {
      const li = document.createElement('li');
      li.dataset.year = String(d.year);
      const title = Object.assign(document.createElement('h3'), { textContent: `Chương trình năm ${d.year} ` });
      title.append(Object.assign(document.createElement('span'), { className: `status status-${d.status}`, textContent: LABELS[d.status] }));
      const saved = d.savedAt ? savedAt(d.savedAt) : 'Chưa rõ';
      const about = Object.assign(document.createElement('p'), { textContent: `Từ tệp ${d.source} · ${d.files} tệp · lưu lúc ${saved}` });
      const row = document.createElement('div');
      row.className = 'row';
      row.append(button('Xem lại', () => openDraft(d.year)));
      if (d.status === 'draft') row.append(button('Gửi duyệt', () => act('setStatus', d.year, { status: 'pending_review' }), true));
      if (d.status === 'pending_review') {
        row.append(button('Duyệt: Sẵn sàng đăng', () => act('setStatus', d.year, { status: 'pending_publish' }), true));
        row.append(button('Trả về nháp', () => act('setStatus', d.year, { status: 'draft' })));
      }
      if (d.status === 'pending_publish') {
        row.append(button('Công bố', () => {
          if (window.confirm(`Công bố chương trình năm ${d.year}? Nội dung được kiểm tra lại rồi gộp vào trang.`)) act('publish', d.year);
        }, true));
        row.append(button('Trả về nháp', () => act('setStatus', d.year, { status: 'draft' })));
      }
      row.append(button('Xóa bản nháp', () => {
        if (window.confirm(`Xóa bản nháp chương trình năm ${d.year}? Trang không thay đổi.`)) act('deleteDraft', d.year);
      }));
      li.append(title, about, row);
      return li;
    }));
  }

  loadDrafts();
})();
