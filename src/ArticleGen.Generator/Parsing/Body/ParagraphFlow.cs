using System.Collections.Generic;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// Undoes the page's line wrapping: groups the body's lines into blocks (paragraphs, captions, credits, copyright).
/// A block starts after a blank line, and where a layout shows a new paragraph without one:
/// <list type="bullet">
/// <item>ldn2019: a space-indented line after tab-indented continuation lines;</item>
/// <item>ldn2001: a paragraph's first word alone on its line, after a finished sentence;</item>
/// <item>any layout: a credits line, a copyright notice, or the line after a photo credit;</item>
/// <item>text that is not hard-wrapped (<see cref="PageMap.IsOneParagraphALine"/>): every line.</item>
/// </list>
/// </summary>
internal static class ParagraphFlow
{
    /// <summary>A block of the body: [Start, End) in the text, from its first to its last non-space character.</summary>
    public readonly record struct Block(int Start, int End);

    private const int MaxCreditContinuationWords = 3;

    /// <param name="oneParagraphALine">The text is not hard-wrapped: every line starts a paragraph (<see cref="PageMap.IsOneParagraphALine"/>).</param>
    public static List<Block> Split(SettledPage page, int bodyStart, bool oneParagraphALine)
    {
        string text = page.Text;
        List<Line> lines = page.Lines;
        var blocks = new List<Block>();
        int blockStart = -1, blockEnd = -1;
        Line? previous = null;
        bool blankBefore = true, creditOpen = false;
        for (int n = TextLines.IndexAt(lines, bodyStart); n < lines.Count; n++)
        {
            Line line = lines[n];
            if (line.Start < bodyStart)
            {
                // The body can begin inside a line: "[OCT. 11, 2000]  <lede>".
                int contentStart = Text.SkipSpace(text, bodyStart, line.End);
                line = new Line(bodyStart, line.End, contentStart, System.Math.Max(contentStart, line.ContentEnd));
            }

            if (line.IsBlank)
            {
                blankBefore = true;
                continue;
            }

            bool starts = blankBefore || previous is null
                || (creditOpen ? !IsCreditContinuation(text, lines, n, line) : (oneParagraphALine && !PageBlocks.CarriesOn(text, previous.Value, line)) || StartsParagraph(text, lines, n, line, previous.Value));
            if (starts && blockStart >= 0)
            {
                blocks.Add(new Block(blockStart, blockEnd));
            }

            if (starts)
            {
                blockStart = line.ContentStart;
                creditOpen = false;
            }

            // A photo credit closes its caption, once the photographer's name (which may wrap) is complete.
            creditOpen |= EndsWithPhotoCredit(text, line);
            blockEnd = line.ContentEnd;
            previous = line;
            blankBefore = false;
        }

        if (blockStart >= 0)
        {
            blocks.Add(new Block(blockStart, blockEnd));
        }

        return blocks;
    }

    private static bool StartsParagraph(string text, List<Line> lines, int n, Line line, Line previous) =>
        IsSpaceIndentedAfterOtherIndent(text, line, previous)
        || (IsLoneFirstWord(text, lines, n, line) && EndsSentence(text, previous))
        || CreditsOrCopyrightStart(text, line);

    /// <summary>
    /// A photographer's name can wrap: <c>REUTERS/Denis</c> + newline + <c>Balibouse</c>. A short run of capitalized
    /// words continues the credit, unless it is the lone first word of the next paragraph.
    /// </summary>
    private static bool IsCreditContinuation(string text, List<Line> lines, int n, Line line)
    {
        if (IsLoneFirstWord(text, lines, n, line) || CreditsOrCopyrightStart(text, line))
        {
            return false;
        }

        int words = 0;
        bool wordStart = true;
        for (int i = line.ContentStart; i < line.ContentEnd; i++)
        {
            char c = text[i];
            if (Text.IsSpace(c))
            {
                wordStart = true;
                continue;
            }

            if (wordStart && (!char.IsUpper(c) || ++words > MaxCreditContinuationWords))
            {
                return false;
            }

            wordStart = false;
        }

        return true;
    }

    private static bool EndsWithPhotoCredit(string text, Line line)
    {
        // Inside a body, only a slash, a closing parenthesis or "Photo by" marks a line ending with a credit: a labelled
        // one ("Foto: Burkard Meyer") is not looked for there, where a caption runs on into the next (tf-0136). Most
        // lines hold none of them, and no substring is made for those.
        bool candidate = text[line.ContentEnd - 1] == ')' || HoldsSlashOrPhotoBy(text, line);
        return candidate && PhotoCaption.EndsWithCredit(text.Substring(line.ContentStart, line.ContentLength));
    }

    /// <summary>The line holds a slash or "Photo by": one search for either's first character, asked of every line of a body.</summary>
    private static bool HoldsSlashOrPhotoBy(string text, Line line)
    {
        for (int at = text.IndexOfAny(SlashOrP, line.ContentStart, line.ContentLength); at >= 0;
            at = text.IndexOfAny(SlashOrP, at + 1, line.ContentEnd - at - 1))
        {
            if (text[at] == '/' || (at + PhotoBy.Length <= line.ContentEnd && Text.StartsWith(text, at, PhotoBy)))
            {
                return true;
            }
        }

        return false;
    }

    private const string PhotoBy = "Photo by";

    private static readonly char[] SlashOrP = { '/', 'P' };

    /// <summary>ldn2019 opens a paragraph with one space and continues it with tabs.</summary>
    private static bool IsSpaceIndentedAfterOtherIndent(string text, Line line, Line previous)
    {
        int indent = line.ContentStart - line.Start;
        if (indent == 0 || text.IndexOf('\t', line.Start, indent) >= 0)
        {
            return false;
        }

        int previousIndent = previous.ContentStart - previous.Start;
        return previousIndent != indent || text.IndexOf('\t', previous.Start, previousIndent) >= 0;
    }

    /// <summary>
    /// ldn2001 puts a paragraph's first word alone on a line (<c>Producers</c>, <c>"The</c>, <c>&lt;Lai</c>), followed
    /// by the rest of the paragraph. A capitalized word that merely ends a wrapped sentence is told apart by what is
    /// around it: the previous line must end a sentence, and the next line must carry on the text.
    /// </summary>
    private static bool IsLoneFirstWord(string text, List<Line> lines, int n, Line line)
    {
        for (int i = line.ContentStart; i < line.ContentEnd; i++)
        {
            if (Text.IsSpace(text[i]))
            {
                return false;
            }
        }

        char first = text[line.ContentStart];
        bool opensSentence = char.IsUpper(first) || char.IsDigit(first) || first == '"' || first == '\u201C' || first == '<' || first == '\'';
        return opensSentence && n + 1 < lines.Count && CarriesOnText(text, lines[n + 1]);
    }

    /// <summary>A line of running text: several words, and not the start of credits or copyright.</summary>
    private static bool CarriesOnText(string text, Line line) =>
        !line.IsBlank && text.IndexOf(' ', line.ContentStart, line.ContentLength) >= 0 && !CreditsOrCopyrightStart(text, line);

    private static bool EndsSentence(string text, Line line) => Punctuation.EndsSentence(text[line.ContentEnd - 1]);

    private static bool CreditsOrCopyrightStart(string text, Line line)
    {
        if (CopyrightNotice.IsStart(text, line.ContentStart))
        {
            return true;
        }

        // Collapsed, as the block will be: a masked marker inside "(Reporting ... by" leaves a run of spaces.
        return text[line.ContentStart] == '(' && CreditsLine.LooksLike(Text.Collapse(text, line.ContentStart, line.ContentEnd));
    }
}
