/**
 * Names that mean the same thing, searched both ways: the common
 * administrative abbreviations (each with its full form) and the everyday
 * names residents use. Widely known public usage only; the first phrase of a
 * synonym group is its written name. Abbreviations a content file defines
 * ("Bảo hiểm y tế (BHYT)") are added at build time (`definedAbbreviations`).
 */

/** Abbreviation → full form, as in Vietnamese administrative texts. */
export const ABBREVIATIONS: [string, string][] = [
  ['BHYT', 'bảo hiểm y tế'],
  ['BHXH', 'bảo hiểm xã hội'],
  ['BHTN', 'bảo hiểm thất nghiệp'],
  ['ATGT', 'an toàn giao thông'],
  ['ANTT', 'an ninh trật tự'],
  ['TTATXH', 'trật tự an toàn xã hội'],
  ['HĐND', 'hội đồng nhân dân'],
  ['UBND', 'ủy ban nhân dân'],
  ['MTTQ', 'mặt trận tổ quốc'],
  ['MTTQVN', 'mặt trận tổ quốc việt nam'],
  ['UBMTTQ', 'ủy ban mặt trận tổ quốc'],
  ['ĐBQH', 'đại biểu quốc hội'],
  ['NTM', 'nông thôn mới'],
  ['CNTT', 'công nghệ thông tin'],
  ['HTX', 'hợp tác xã'],
  ['KT-XH', 'kinh tế - xã hội'],
  ['QP-AN', 'quốc phòng - an ninh'],
  ['CHXHCN', 'cộng hòa xã hội chủ nghĩa'],
  ['XHCN', 'xã hội chủ nghĩa'],
  ['CCB', 'cựu chiến binh'],
  ['LHPN', 'liên hiệp phụ nữ'],
  ['PCTN', 'phòng, chống tham nhũng'],
  ['DTTS', 'dân tộc thiểu số'],
  ['KDC', 'khu dân cư'],
  ['CVĐ', 'cuộc vận động'],
  ['BTTND', 'ban thanh tra nhân dân'],
  ['GSĐTCCĐ', 'giám sát đầu tư của cộng đồng'],
  ['BCĐ', 'ban chỉ đạo'],
  ['BTV', 'ban thường vụ'],
  ['BCH', 'ban chấp hành'],
  ['THPT', 'trung học phổ thông'],
  ['THCS', 'trung học cơ sở'],
  ['TNMT', 'tài nguyên và môi trường'],
  ['TW', 'trung ương'],
  ['UBTW', 'ủy ban trung ương'],
  ['TP', 'thành phố'],
];

/** Everyday names and the names the site writes: each group is searched as one. */
export const SYNONYMS: string[][] = [
  ['Chủ tịch Hồ Chí Minh', 'Bác Hồ'],
  ['ngày sinh Chủ tịch Hồ Chí Minh', 'sinh nhật Bác', 'sinh nhật Bác Hồ', 'ngày sinh của Bác'],
  ['Quốc khánh', 'Tết Độc lập', 'ngày Độc lập'],
  ['Ngày truyền thống MTTQ Việt Nam', 'Ngày thành lập Mặt trận Tổ quốc Việt Nam', 'ngày thành lập MTTQ'],
  ['giảm nghèo', 'xóa đói giảm nghèo'],
  ['Người Việt Nam ưu tiên dùng hàng Việt Nam', 'Người Việt dùng hàng Việt'],
];

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const initial = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '')[0]!.toUpperCase().replace('Đ', 'D');
const lettersOf = (abbr: string) => [...abbr.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase().replace(/Đ/g, 'D').replace(/[^A-Z]/g, '')];
// Small words an abbreviation may leave out: "Tài nguyên và Môi trường (TNMT)".
const SKIPPED = new Set(['và', 'của', 'các']);

/**
 * Abbreviations a text defines by writing the full form and the abbreviation
 * in brackets: "Bảo hiểm y tế (BHYT)", "Kinh tế - xã hội (KT-XH)". The words
 * before the bracket must begin with the abbreviation's letters, in order.
 * @example definedAbbreviations('tham gia Bảo hiểm y tế (BHYT) toàn dân') // [['BHYT', 'Bảo hiểm y tế']]
 */
export function definedAbbreviations(text: string): [string, string][] {
  const out: [string, string][] = [];
  const nfc = text.normalize('NFC');
  for (const m of nfc.matchAll(/\(([A-ZĐ]{2,}(?:[-&/][A-ZĐ]{1,})*)\)/gu)) {
    const abbr = m[1]!;
    const letters = lettersOf(abbr);
    if (letters.length < 2 || letters.length > 10) continue;
    const before = [...nfc.slice(Math.max(0, m.index - 200), m.index).matchAll(WORD)];
    // Walk back from the bracket, matching letters from the last one.
    let li = letters.length - 1;
    let wi = before.length - 1;
    while (li >= 0 && wi >= 0) {
      const word = before[wi]![0];
      if (initial(word) === letters[li]) li--;
      else if (!SKIPPED.has(word.toLowerCase()) || li === letters.length - 1) break;
      wi--;
    }
    if (li >= 0) continue;
    const start = before[wi + 1]!.index! + Math.max(0, m.index - 200);
    const full = nfc.slice(start, m.index).trim();
    if (!out.some(([a]) => a === abbr)) out.push([abbr, full]);
  }
  return out;
}
