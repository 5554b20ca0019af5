namespace ArticleGen.Generator.Parsing;

/// <summary>
/// A name of two words or more in brackets, standing alone: <c>[Tom's Guide]</c>, <c>[The Verge]</c>, <c>[PC World]</c>.
/// Inside the article it cites a source and is the article's text. One word is too often a form's button or an image's
/// alt text (<c>[Senden]</c>, <c>[Headerbild]</c>, <c>[Shapovalov]</c>) to tell from a source (<c>[Engadget]</c>); an
/// alt text cut short (<c>[play_overl]</c>), a number or an empty form field is no name.
/// </summary>
internal static class BracketedName
{
    /// <summary>A source's name is short: "The Wall Street Journal".</summary>
    private const int MaxWords = 4;

    private const int MinWords = 2;

    public static bool IsIn(string content)
    {
        int close = content.IndexOf(']');
        if (content.Length < 3 || content[0] != '[' || close < 0)
        {
            return false;
        }

        int words = 0;
        bool wordStart = true;
        for (int i = 1; i < close; i++)
        {
            char c = content[i];
            if (c == ' ')
            {
                wordStart = true;
                continue;
            }

            if (wordStart)
            {
                words++;
                wordStart = false;
                if (!char.IsUpper(c))
                {
                    return false; // each word of a name is capitalized: "The Verge", not "image-2018-10-31"
                }
            }
            else if (!char.IsLetter(c) && c is not '\'' and not '\u2019' and not '.' and not '&')
            {
                return false;
            }
        }

        return words is >= MinWords and <= MaxWords;
    }
}
