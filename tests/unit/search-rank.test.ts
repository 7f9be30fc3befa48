import { describe, expect, it } from 'vitest';
import { highlight, isWanted, makeExcerpt, matchInfo, ownText, queryTerms, rankResults, tokenize, rankByForms, rankPartial } from '../../src/lib/search-rank';

const marked = (text: string, q: string) => highlight(text, queryTerms(q)).filter((s) => s.mark).map((s) => s.text);

describe('tokenize', () => {
  it('splits Vietnamese words and document numbers, folding marks and đ', () => {
    expect(tokenize('Quy định số 124-QĐ/TW').map((t) => t.folded)).toEqual(['quy', 'dinh', 'so', '124', 'qd', 'tw']);
  });
  it('reads NFD text as NFC and old tone placement as modern', () => {
    const [w] = tokenize('hoà'.normalize('NFD'));
    expect(w!.text).toBe('hoà');
    expect(w!.exact).toBe('hòa');
    expect(w!.folded).toBe('hoa');
  });
});

describe('highlight: whole words only, diacritics folded', () => {
  it('marks "nông thôn mới" for "nong thon moi", not "Thông" or "thống"', () => {
    const text = 'Thông tin về xây dựng nông thôn mới, hệ thống chính trị';
    expect(marked(text, 'nong thon moi')).toEqual(['nông thôn mới']);
  });
  it('marks "đại đoàn kết" for "dai doan ket", not "đoạn"', () => {
    expect(marked('Ngày hội Đại đoàn kết toàn dân tộc trong giai đoạn mới', 'dai doan ket')).toEqual(['Đại đoàn kết']);
  });
  it('does not mark "thành" or "trận" for "thanh tra"', () => {
    expect(marked('Ngày thành lập Mặt trận; Ban Thanh tra nhân dân', 'thanh tra')).toEqual(['Thanh tra']);
  });
  it('marks lone query words when they never stand together', () => {
    expect(marked('giảm nghèo; phát triển bền vững', 'ngheo vung')).toEqual(['nghèo', 'vững']);
    expect(marked('văn hóa, văn minh', 'van')).toEqual(['văn', 'văn']);
  });
  it('marks document numbers typed without đ', () => {
    expect(marked('Quy định số 124-QĐ/TW', '124-qd/tw')).toEqual(['124', 'QĐ', 'TW']);
  });
  it('keeps the text between marks intact', () => {
    const text = 'Đẩy mạnh “Đoàn kết sáng tạo”.';
    expect(highlight(text, queryTerms('doan ket')).map((s) => s.text).join('')).toBe(text);
  });
  it('marks nothing for an empty or unmatched query', () => {
    expect(marked('nông thôn mới', '')).toEqual([]);
    expect(marked('nông thôn mới', 'xyzzy')).toEqual([]);
  });
});

describe('matchInfo', () => {
  const terms = queryTerms('thanh tra nhan dan');
  it('counts whole words in title and text', () => {
    const m = matchInfo(terms, 'Nâng cao hiệu quả Ban Thanh tra nhân dân', 'Nâng cao hiệu quả hoạt động của Ban Thanh tra nhân dân');
    expect(m).toMatchObject({ inTitle: 4, inPage: 4, holdsAll: true, phraseInTitle: true, phraseInText: true });
  });
  it('does not count prefixes of other words ("thành", "trận")', () => {
    const m = matchInfo(terms, 'Ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam', 'phát huy sức mạnh của nhân dân');
    expect(m.holdsAll).toBe(false);
    expect(m.inPage).toBe(3); // "thành" is "thanh" folded; "tra" is only the start of "trận"
    expect(isWanted(m)).toBe(false);
  });
  it('while typing, keeps a page whose only partial word is the last one', () => {
    const page = ['Xây dựng nông thôn mới', ''] as const;
    expect(isWanted(matchInfo(queryTerms('nong thon mo'), ...page), true)).toBe(true);
    expect(isWanted(matchInfo(queryTerms('nong thon mo'), ...page))).toBe(false);
    expect(isWanted(matchInfo(queryTerms('nong tho moi'), ...page), true)).toBe(false);
    expect(isWanted(matchInfo(queryTerms('van hoa'), 'văn bản', 'hoạt động'))).toBe(false);
    expect(isWanted(matchInfo(queryTerms('hoa binh'), 'hoàn cảnh bình thường', ''), true)).toBe(false);
    expect(isWanted(matchInfo(queryTerms(''), 'x', ''), true)).toBe(false);
  });
  it('counts words typed with marks that the page spells the same way', () => {
    expect(matchInfo(queryTerms('đảng'), 'Ngày thành lập Đảng', '').exactMarks).toBe(1);
    expect(matchInfo(queryTerms('đảng'), 'Đăng ký', '').exactMarks).toBe(0);
    expect(matchInfo(queryTerms('dang'), 'Ngày thành lập Đảng', '').exactMarks).toBe(0);
    expect(matchInfo(queryTerms('hoà bình'), 'đường biên giới hòa bình', '').exactMarks).toBe(2);
  });
});

describe('rankResults', () => {
  const page = (id: string, score: number, title: string, text = '') => ({ id, score, title, text });
  it('puts pages holding the words before pages matched through prefixes, whatever the score', () => {
    const ranked = rankResults('thanh tra nhan dan', [
      page('mat-tran', 9, 'Ngày thành lập Mặt trận Dân tộc Thống nhất', 'khối đại đoàn kết toàn dân, nhân dân'),
      page('task', 2, 'Nâng cao hiệu quả Ban Thanh tra nhân dân'),
      page('other', 5, 'Tiếp công dân', 'giám sát của Ban Thanh tra nhân dân'),
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['task', 'other', 'mat-tran']);
  });
  it('puts a page whose title holds the words before one whose text does', () => {
    const ranked = rankResults('van hoa', [
      page('body', 10, 'Xây dựng đời sống', 'gắn với xây dựng đời sống văn hóa ở khu dân cư'),
      page('title', 1, 'Văn hóa và thể thao'),
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['title', 'body']);
  });
  it('puts the words together before the words apart ("van hoa" is not "văn ... hòa")', () => {
    const ranked = rankResults('van hoa', [
      page('apart', 10, 'Biên giới hòa bình', 'văn bản ký kết; biên giới hòa bình'),
      page('together', 1, 'Đời sống', 'xây dựng đời sống văn hóa'),
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['together', 'apart']);
  });
  it('puts an exact spelling ("đảng") before a folded one ("đăng")', () => {
    const ranked = rankResults('đảng', [page('dang-ky', 5, 'Đăng ký'), page('dang', 1, 'Thành lập Đảng')]);
    expect(ranked.map((r) => r.id)).toEqual(['dang', 'dang-ky']);
  });
  it('keeps Pagefind order for equal matches, and handles no results', () => {
    expect(rankResults('x', []).length).toBe(0);
    const ranked = rankResults('quoc khanh', [page('a', 1, 'Quốc khánh'), page('b', 1, 'Quốc khánh')]);
    expect(ranked.map((r) => r.id)).toEqual(['a', 'b']);
  });
});

describe('ownText and makeExcerpt', () => {
  const section = '2.1. Đổi mới, nâng cao chất lượng các phong trào thi đua, cuộc vận động gắn với xây dựng nông thôn mới';
  it('drops the title from the start of the page text', () => {
    expect(ownText('Quốc khánh', 'Quốc khánh. Ngày 02/09')).toBe('Ngày 02/09');
    expect(ownText('A', 'B')).toBe('B');
  });
  it('shows the query words, from the page text', () => {
    const text = `Tiêu đề. ${'Một câu không liên quan gì cả. '.repeat(10)}Tiếp công dân, giải quyết khiếu nại, tố cáo của công dân. ${'Câu khác. '.repeat(10)}`;
    const ex = makeExcerpt(text, 'Tiêu đề', 'khieu nai to cao', new Set());
    expect(ex.segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['khiếu nại', 'tố cáo']);
    expect(ex.text.startsWith('… ')).toBe(true);
  });
  it('adds a second window when the words are far apart', () => {
    const text = `giảm nghèo ${'chữ '.repeat(60)}bền vững`;
    const ex = makeExcerpt(text, 'Tiêu đề', 'giam ngheo ben vung', new Set(), 10);
    expect(ex.segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['giảm nghèo', 'bền vững']);
  });
  it('never gives two results the same excerpt', () => {
    const used = new Set<string>();
    const pages = ['Cứu trợ khi có thiên tai', 'Đền ơn, đáp nghĩa', 'Chăm lo người nghèo'].map((title) => ({ title, text: `${title}. ${section}. ${title} ở nông thôn mới.` }));
    const shown = pages.map((p) => makeExcerpt(p.text, p.title, 'nong thon moi', used, 12).text);
    expect(new Set(shown).size).toBe(shown.length);
  });
  it('handles an empty page text', () => {
    expect(makeExcerpt('', 'Tiêu đề', 'x', new Set()).text).toBe('');
  });
});

describe('partial matches and several forms of a query', () => {
  const pages = [
    { id: 'a', score: 3, title: 'Đổi mới nội dung thảo luận tại các hội nghị', text: 'góp ý, phản biện xã hội đối với dự thảo; Nhân dân' },
    { id: 'b', score: 2, title: 'Tuyên truyền chủ trương đối ngoại; đối ngoại nhân dân', text: 'các hoạt động về đối ngoại nhân dân.' },
    { id: 'c', score: 1, title: 'Luật Hợp tác xã', text: '' },
  ];
  it('orders by query words held plus words standing together, and drops pages holding none', () => {
    const ranked = rankPartial(['hoi', 'thao', 'doi', 'ngoai', 'nhan', 'dan'].map((w) => [w]), pages);
    expect(ranked.map((r) => r.id)).toEqual(['b', 'a']);
    expect(ranked[0]!.partial.held).toEqual([false, false, true, true, true, true]);
    expect(ranked[0]!.partial.words).toBe('doi ngoai nhan dan');
  });
  it('counts a concept held when any of its forms is (an abbreviation or its full form)', () => {
    const ranked = rankPartial([['BHYT', 'bảo hiểm y tế'], ['mẫu đơn']], [{ id: 'x', score: 1, title: 'Bảo hiểm y tế', text: '' }]);
    expect(ranked[0]!.partial.held).toEqual([true, false]);
  });
  it('judges each result by the form it matches best, and remembers it', () => {
    const ranked = rankByForms(['BHYT', 'bảo hiểm y tế'], [{ id: 'x', score: 1, title: 'Thực hiện chính sách về Bảo hiểm y tế', text: '' }]);
    expect(ranked[0]!.match.holdsAll).toBe(true);
    expect(ranked[0]!.form).toBe('bảo hiểm y tế');
  });
  it('puts a short title about the query before a long one naming it among other things', () => {
    const ranked = rankResults('ngay truyen thong mttq viet nam', [
      { id: 'task', score: 2, title: 'Kỷ niệm Ngày truyền thống MTTQ Việt Nam và Ngày thành lập Mặt trận Dân tộc giải phóng miền Nam', text: '' },
      { id: 'event', score: 1, title: 'Kỷ niệm 97 năm Ngày truyền thống MTTQ Việt Nam', text: '' },
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['event', 'task']);
  });
});
