// The "Chia sẻ" button (src/components/ShareButton.astro): the Web Share API
// where the browser has it (phones: Zalo, Facebook, messages …), else copying
// the page's address to the clipboard, else showing it to copy by hand.
for (const box of document.querySelectorAll<HTMLElement>('[data-share]')) {
  const button = box.querySelector<HTMLButtonElement>('.share__button');
  const status = box.querySelector<HTMLElement>('.share__status');
  if (!button || !status) continue;
  const url = box.dataset.shareUrl ?? location.href;
  const title = box.dataset.shareTitle ?? document.title;
  const canShare = typeof navigator.share === 'function';
  if (!canShare) button.textContent = 'Sao chép liên kết';
  button.addEventListener('click', async () => {
    status.textContent = '';
    if (canShare) {
      try {
        await navigator.share({ title, url });
      } catch {
        // Closed by the reader, or refused: nothing to say.
      }
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      status.textContent = 'Đã sao chép liên kết.';
    } catch {
      status.textContent = `Chép liên kết này: ${url}`;
    }
  });
  box.hidden = false;
}
