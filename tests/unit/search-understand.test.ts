// Query understanding on real Vietnamese input: fillers, abbreviations both ways, synonyms,
// typo correction against a vocabulary, dates (src/lib/search/*).
import { describe, expect, it } from 'vitest';
import { correctionHolds, correctWord, explain, matchQueries, understandQuery } from '../../src/lib/search/understand';
import { buildVocabulary, readVocabulary } from '../../src/lib/search/vocabulary';
import { definedAbbreviations } from '../../src/lib/search/equivalents';
import { isSyllable, syllableDistance } from '../../src/lib/search/syllables';

// A small site: words as the program writes them (old tone placement "hoà", "Uỷ" included).
const vocabulary = readVocabulary(buildVocabulary([
  'Chăm lo người nghèo; Tháng cao điểm vì người nghèo. Người có công.',
  'Tuyên truyền, phổ biến, giáo dục pháp luật về phòng, chống tham nhũng, lãng phí.',
  'Thực hiện chính sách, pháp luật về Bảo hiểm xã hội, Bảo hiểm y tế.',
  'Tiếp công dân, giải quyết khiếu nại, tố cáo. Cứu trợ khi có thiên tai.',
  'Xây dựng đường biên giới hoà bình, hữu nghị. Uỷ ban Trung ương. Nông thôn mới.',
  'Quốc khánh Nước CHXHCN Việt Nam. Ngày sinh Chủ tịch Hồ Chí Minh. Chủ tịch nước, tịch thu.',
]));
const forms = (q: string) => understandQuery(q, vocabulary).concepts.map((c) => c.forms);

describe('filler and question words', () => {
  it('are left out of matching, with or without marks, and kept as typed', () => {
    const u = understandQuery('quốc khánh tổ chức khi nào', vocabulary);
    expect(u.ignored).toEqual(['tổ', 'chức', 'khi', 'nào']);
    expect(matchQueries(u)[0]).toBe('quốc khánh');
    expect(matchQueries(understandQuery('tiep cong dan o dau', vocabulary))[0]).toBe('tiep cong dan');
    expect(matchQueries(understandQuery('BẢO HIỂM Y TẾ LÀ GÌ', vocabulary))[0]).toBe('BẢO HIỂM Y TẾ');
  });
  it('never drops a content word that shares the unmarked spelling ("đầu", "dấu" are not "đâu")', () => {
    expect(understandQuery('người đứng đầu', vocabulary).ignored).toEqual([]);
    expect(understandQuery('nguoi dung dau', vocabulary).ignored).toEqual([]);
    expect(understandQuery('tham nhũng ở đâu', vocabulary).ignored).toEqual(['ở', 'đâu']);
  });
  it('keeps a query made only of fillers', () => {
    expect(understandQuery('là gì', vocabulary).ignored).toEqual([]);
  });
});

describe('abbreviations both ways', () => {
  it('expands a known abbreviation, in capitals or lower case when it is no Vietnamese syllable', () => {
    expect(forms('BHYT')).toEqual([['BHYT', 'bảo hiểm y tế']]);
    expect(forms('bhxh')).toEqual([['bhxh', 'bảo hiểm xã hội']]);
    expect(forms('KT-XH')[0]).toEqual(['KT-XH', 'kinh tế - xã hội']);
    expect(forms('KTXH')[0]).toEqual(['KTXH', 'KT-XH', 'kinh tế - xã hội']);
  });
  it('finds the abbreviation from the full form, typed any way (NFD, no marks, old tone placement)', () => {
    expect(forms('bảo hiểm y tế'.normalize('NFD'))).toEqual([['bảo hiểm y tế', 'BHYT']]);
    expect(forms('uy ban nhan dan')).toEqual([['uy ban nhan dan', 'UBND']]);
    expect(forms('Uỷ ban nhân dân')).toEqual([['Ủy ban nhân dân', 'UBND']]);
  });
  it('does not read a lower-case Vietnamese syllable as an abbreviation ("tp" is none; "Tp" in capitals would be)', () => {
    expect(forms('tp')).toEqual([['tp', 'thành phố']]);
    expect(forms('cong dan')).toEqual([['cong'], ['dan']]);
  });
  it('says what it understood, in Vietnamese', () => {
    expect(explain(understandQuery('bhyt', vocabulary)).understood).toEqual(['BHYT là bảo hiểm y tế']);
  });
  it('picks up abbreviations a text defines, initials in order (small words may be skipped)', () => {
    expect(definedAbbreviations('tham gia Bảo hiểm y tế (BHYT) toàn dân')).toEqual([['BHYT', 'Bảo hiểm y tế']]);
    expect(definedAbbreviations('phát triển Kinh tế - xã hội (KT-XH) của tỉnh')).toEqual([['KT-XH', 'Kinh tế - xã hội']]);
    expect(definedAbbreviations('Sở Tài nguyên và Môi trường (TNMT)')).toEqual([['TNMT', 'Tài nguyên và Môi trường']]);
    expect(definedAbbreviations('Hội đồng nhân dân (HĐND) tỉnh'.normalize('NFD'))).toEqual([['HĐND', 'Hội đồng nhân dân']]);
    // Brackets that are no definition: initials do not match, or not capitals.
    expect(definedAbbreviations('Luật Hợp tác xã (sửa đổi), Ban chỉ đạo (BHYT)')).toEqual([]);
    expect(definedAbbreviations('năm 2020 (IX)')).toEqual([]);
  });
});

describe('synonyms', () => {
  it('pair everyday names with the names the site writes, both ways', () => {
    expect(forms('bac ho')[0]).toContain('Chủ tịch Hồ Chí Minh');
    expect(forms('Chủ tịch Hồ Chí Minh')[0]).toContain('Bác Hồ');
    expect(forms('tết độc lập')[0]).toContain('Quốc khánh');
    expect(explain(understandQuery('Bác Hồ', vocabulary)).understood[0]).toBe('“Bác Hồ” cũng là “Chủ tịch Hồ Chí Minh”');
  });
});

describe('typo correction', () => {
  it('reads Vietnamese syllables and their spelling rules', () => {
    expect(isSyllable('nghe')).toBe(true);
    expect(isSyllable('lich')).toBe(true);
    expect(isSyllable('nguoi')).toBe(true);
    expect(isSyllable('ngeo')).toBe(false); // ng before e must be ngh
    expect(isSyllable('nhug')).toBe(false); // no final g
    expect(isSyllable('bhyt')).toBe(false);
    expect(isSyllable('mooi')).toBe(false);
  });
  it('measures distance by syllable: a confused onset is half a typo', () => {
    expect(syllableDistance('ngeo', 'ngheo')).toBe(0.5);
    expect(syllableDistance('sa', 'xa')).toBe(0.5);
    expect(syllableDistance('nhug', 'nhung')).toBe(1);
    expect(syllableDistance('nghoe', 'ngheo')).toBe(1); // swapped letters
  });
  it('corrects a word the site lacks to the nearest, most frequent site word, with its marks', () => {
    expect(correctWord('ngeo', vocabulary)).toEqual(['nghèo']);
    expect(correctWord('nhug', vocabulary)).toEqual(['nhũng']);
    expect(correctWord('nongthon', vocabulary)).toEqual(['nông thôn']);
    expect(correctWord('xyzzy', vocabulary)).toEqual([]);
  });
  it('never corrects a word the site has, a number, or a two-letter word', () => {
    for (const w of ['nguoi', 'ngheo', 'hoa', 'uy', '2020', 'ab']) expect(correctWord(w, vocabulary)).toEqual([]);
    expect(understandQuery('người nghèo', vocabulary).concepts.every((c) => c.via === undefined)).toBe(true);
    expect(understandQuery('hoà bình', vocabulary).concepts.every((c) => c.via === undefined)).toBe(true);
  });
  it('shows the corrected query and keeps the words typed', () => {
    const u = understandQuery('nguoi ngeo', vocabulary);
    expect(matchQueries(u)[0]).toBe('nguoi nghèo');
    expect(explain(u).corrected).toBe('nguoi nghèo');
  });
  it('corrects a real-looking syllable only when a page has it next to a neighbouring word', () => {
    const u = understandQuery('thien tia', vocabulary);
    const concept = u.concepts[1]!;
    expect(concept.tentative).toBe(true);
    expect(concept.forms).toContain('tai');
    expect(correctionHolds(concept, 'Cứu trợ', 'Cứu trợ khi có thiên tai.')).toBe(true);
    expect(correctionHolds(concept, 'Tài liệu', 'tai nạn, thiên nhiên')).toBe(false);
    // Alone, or with the confirmation turned off, a real-looking syllable is left as typed.
    expect(understandQuery('lich', vocabulary).concepts[0]!.via).toBeUndefined();
    expect(understandQuery('lich tiep cong dan', vocabulary, [], { tentative: false }).concepts[0]!.forms).toEqual(['lich']);
  });
});

describe('dates in the query', () => {
  it('set the date apart from the words', () => {
    const u = understandQuery('ngày 2/9 là ngày gì', vocabulary);
    expect(u.date).toEqual({ day: 2, month: 9, text: 'ngày 2/9' });
    expect(matchQueries(u)).toEqual([]);
  });
});
