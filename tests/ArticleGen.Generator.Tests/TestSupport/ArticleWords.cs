using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace ArticleGen.Generator.Tests.TestSupport;

/// <summary>
/// The words of a text, for checking that a fix left every word of the article in the file: runs of letters and digits,
/// but each Chinese or Japanese character alone. The parser joins a line the page wrapped inside such writing without a
/// space, so a run of it in the article may span a line break of the file.
/// </summary>
public static class ArticleWords
{
    private static readonly Regex Word = new(@"[\u3040-\u30FF\u4E00-\u9FFF]|[^\W\u3040-\u30FF\u4E00-\u9FFF]+", RegexOptions.Compiled);

    public static IEnumerable<string> Of(string text) => Word.Matches(text).Select(m => m.Value);
}
