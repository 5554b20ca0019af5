namespace ArticleGen.Generator.Parsing;

/// <summary>The characters the parser reads structure from, each set defined here once.</summary>
internal static class Punctuation
{
    /// <summary>
    /// What a sentence, a paragraph or a quoted line ends with, in the languages of the pages we keep: full stops,
    /// closing quotes (English ” and ', German “, French »), a closing parenthesis, a colon that opens what follows,
    /// and the full-width marks of Chinese and Japanese.
    /// </summary>
    public static bool EndsSentence(char c) =>
        c is '.' or '!' or '?' or '"' or '\'' or '\u201D' or '\u201C' or '\u00BB' or ':' or ')' or '\u3002' or '\uFF01' or '\uFF1F';

    /// <summary>What opens a list item: <c>*</c>, <c>•</c>, <c>·</c>, <c>-</c>, <c>▪</c>, <c>►</c>, <c>»</c>, <c>›</c>, <c>+</c>.</summary>
    public static string TrimBullets(string text)
    {
        int start = SkipBullets(text);
        return start == 0 ? text : text.Substring(start);
    }

    /// <summary>Where the text starts past the bullets and spaces it opens with.</summary>
    public static int SkipBullets(string text)
    {
        int start = 0;
        while (start < text.Length && (IsBullet(text[start]) || text[start] == ' '))
        {
            start++;
        }

        return start;
    }

    /// <summary>A CJK unified ideograph: Chinese writing, and the kanji of Japanese, names included.</summary>
    public static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF';

    /// <summary>
    /// Chinese, Japanese and Korean letters: a block mostly of them is weighed by its letters, not its words
    /// (<see cref="PageBlocks"/>), as it holds few spaces however much it says.
    /// </summary>
    public static bool IsUnspacedScript(char c) => c is (>= '\u3040' and <= '\u30FF') or (>= '\uAC00' and <= '\uD7AF') || IsIdeograph(c);

    /// <summary>
    /// Chinese or Japanese writing, which puts no space between words: ideographs, kana, their punctuation and the
    /// full-width forms. A line the page wrapped inside it joins the next without a space ("美国联邦航" + "空管理局").
    /// Korean spaces its words.
    /// </summary>
    public static bool IsWrittenWithoutSpaces(char c) =>
        c is (>= '\u3001' and <= '\u303F') or (>= '\u3040' and <= '\u30FF') or (>= '\uFF01' and <= '\uFF60') || IsIdeograph(c);

    /// <summary>A hyphen standing as a dash, an en dash or an em dash.</summary>
    public static bool IsDash(char c) => c is '-' or '\u2013' or '\u2014';

    public static bool IsBullet(char c) => c is '*' or '\u2022' or '\u00B7' or '-' or '\u25AA' or '\u25BA' or '\u00BB' or '\u203A' or '+';

    /// <summary>What clings to a word without being part of it, when words are counted: stops, commas, quotes, parentheses.</summary>
    public static bool ClingsToWord(char c) =>
        c is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '\'' or '(' or ')' or '\u201C' or '\u201D' or '\u2018' or '\u2019';

    /// <summary>What parts a byline or date line: <c>November 12, 2018 | BY: Beachbody</c>.</summary>
    public static readonly char[] PartSeparators = { '|', '\u2022', '\u00B7' };

    /// <summary>What parts the items of a menu written on one line: <c>|</c>, <c>▪</c>, <c>·</c>, <c>›</c>, <c>»</c> (and " / ").</summary>
    public static readonly char[] MenuSeparators = { '|', '\u25AA', '\u00B7', '\u203A', '\u00BB' };
}
