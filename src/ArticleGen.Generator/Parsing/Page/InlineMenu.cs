using System;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// A menu written on one line, its items parted by a separator: "Impressum | AGB | Datenschutz | Sitemap", "Piratage
/// de Sony Pictures ▪ Fibre optique ▪ Gouvernance du Net". Text renderers write a page's horizontal menus, breadcrumbs
/// and footer links so; read as words, their labels can pass for prose (French labels are full of "de", "du", "le").
/// The bullet • is no separator here: a line of bullets may be the article's own list (a recipe's materials).
/// </summary>
internal static class InlineMenu
{
    public static bool IsIn(string content)
    {
        // Most blocks hold no separator: two vector searches tell (six characters would make one slower search). A
        // slash alone parts nothing: without " / " the block is one item, and no menu.
        if (content.IndexOfAny(Punctuation.MenuSeparators) < 0 && content.IndexOf(" / ", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        int items = 0, words = 0;
        foreach (string item in content.Replace(" / ", " | ").Split(Punctuation.MenuSeparators))
        {
            string label = item.Trim();
            if (label.Length == 0)
            {
                continue;
            }

            if (!IsLabel(label, out int labelWords))
            {
                return false;
            }

            items++;
            words += labelWords;
        }

        return items >= Settings.MinInlineMenuItems && words <= items * Settings.MaxMeanMenuLabelWords && !Punctuation.EndsSentence(content[content.Length - 1]);
    }

    /// <summary>A few words that open with a letter or a digit, without a formula's or a tag's signs.</summary>
    private static bool IsLabel(string label, out int words)
    {
        words = label.Split(' ').Length;
        return words <= Settings.MaxMenuLabelWords && char.IsLetterOrDigit(label[0]) && label.IndexOfAny(NotInLabels) < 0;
    }

    private static readonly char[] NotInLabels = "{}[]<>=_\\".ToCharArray();
}
