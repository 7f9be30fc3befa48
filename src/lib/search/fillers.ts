/**
 * Question and filler words residents add to a search ("… tổ chức khi nào",
 * "… ở đâu", "… là gì"): ignored for matching, kept in the search box.
 * Each entry is proper Vietnamese. Typed without marks, an entry counts only
 * when `bare` says its unmarked spelling is not also a content word
 * ("o dau" is "ở đâu"; a bare "dau" may be "đầu", so only "đâu" typed with
 * its marks is dropped).
 */
export const FILLERS: { words: string; bare: boolean }[] = [
  // "When / where is it held": a question about an event, not the words "tổ chức".
  { words: 'tổ chức khi nào', bare: true },
  { words: 'tổ chức ở đâu', bare: true },
  { words: 'tổ chức vào ngày nào', bare: true },
  { words: 'tổ chức ngày nào', bare: true },
  { words: 'diễn ra khi nào', bare: true },
  { words: 'diễn ra ở đâu', bare: true },
  { words: 'vào ngày nào', bare: true },
  { words: 'là ngày nào', bare: true },
  { words: 'năm nay', bare: true },
  { words: 'sắp tới', bare: true },
  { words: 'như thế nào', bare: true },
  { words: 'làm thế nào', bare: true },
  { words: 'thế nào', bare: true },
  { words: 'ra sao', bare: true },
  { words: 'làm sao', bare: true },
  { words: 'là gì', bare: true },
  { words: 'ở đâu', bare: true },
  { words: 'tại đâu', bare: true },
  { words: 'chỗ nào', bare: true },
  { words: 'khi nào', bare: true },
  { words: 'lúc nào', bare: true },
  { words: 'bao giờ', bare: true },
  { words: 'hôm nào', bare: true },
  { words: 'ngày nào', bare: true },
  { words: 'có không', bare: true },
  { words: 'được không', bare: true },
  { words: 'cho hỏi', bare: true },
  { words: 'xin hỏi', bare: true },
  { words: 'cho tôi', bare: true },
  { words: 'cho em', bare: true },
  { words: 'tôi muốn', bare: true },
  { words: 'em muốn', bare: true },
  { words: 'muốn biết', bare: true },
  { words: 'tìm hiểu', bare: true },
  { words: 'tra cứu', bare: true },
  { words: 'gì', bare: true },
  { words: 'ạ', bare: false },
  { words: 'nhé', bare: true },
  { words: 'nhỉ', bare: true },
  { words: 'hả', bare: false },
  { words: 'vậy', bare: false },
  { words: 'đâu', bare: false },
  { words: 'nào', bare: false },
];
