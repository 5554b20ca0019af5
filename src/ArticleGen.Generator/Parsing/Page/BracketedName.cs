namespace ArticleGen.Generator.Parsing;

/// <summary>
/// A name in brackets, standing alone: <c>[Tom's Guide]</c>, <c>[The Verge]</c>, <c>[Engadget]</c>. Inside an article
/// that cites its sources so, it is the article's text (<see cref="ChromeClassifier"/>). An image's alt text cut short
/// (<c>[play_overl]</c>), a number or an empty form field is no name.
/// </summary>
internal static class BracketedName
{
    /// <returns>How many words the name in brackets has, or 0 where the brackets hold no name.</returns>
    public static int WordsIn(string content)
    {
        int close = content.IndexOf(']');
        if (content.Length < 3 || content[0] != '[' || close < 0)
        {
            return 0;
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
                    return 0; // each word of a name is capitalized: "The Verge", not "image-2018-10-31"
                }
            }
            else if (!char.IsLetter(c) && c is not '\'' and not '\u2019' and not '.' and not '&')
            {
                return 0;
            }
        }

        return words <= Settings.MaxSourceNameWords ? words : 0;
    }
}
