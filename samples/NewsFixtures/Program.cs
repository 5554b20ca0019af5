using System;
using System.Collections.Generic;
using System.Linq;
using ArticleGen;

namespace NewsFixtures;

/// <summary>Prints every article that ArticleGen parsed from <c>Articles/*.txt</c> at compile time.</summary>
public static class Program
{
    public static void Main()
    {
        Console.WriteLine($"{Articles.All.Count} articles parsed at compile time from Articles/*.txt:");
        Console.WriteLine();
        Console.Write(ArticleTable.Render(Articles.All));
        Console.WriteLine();

        Article moscow = Articles.RussianMilitaryTeam;
        Console.WriteLine($"Articles.RussianMilitaryTeam.Dateline.Location = {moscow.Dateline?.Location}");
        Console.WriteLine($"Articles.Constants.RussianMilitaryTeam.Published = {Articles.Constants.RussianMilitaryTeam.Published}");
        Console.WriteLine($"Articles.Find(\"Articles/geneva-lake-swim.txt\")?.Name = {Articles.Find("Articles/geneva-lake-swim.txt")?.Name}");
        Console.WriteLine();

        // A whole page saved as text, menus and footer included: the article is read out of it, the rest is left out.
        Article page = Articles.TeachersRallyPage;
        string raw = Articles.Constants.TeachersRallyPage.Raw;
        Console.WriteLine($"Articles.TeachersRallyPage is a whole page saved as text ({raw.TrimEnd('\n').Split('\n').Length} lines, its banner and footer included).");
        Console.WriteLine($"Read from it: the headline, the byline ({page.Byline}), the date ({page.Published:yyyy-MM-dd}) and {page.Paragraphs.Count} paragraphs ({page.WordCount} words).");
        Console.WriteLine("In none of the headline, byline and paragraphs (the first 'Published' line is the date; the rest is the page around the");
        Console.WriteLine("article, which the build reports as chrome, ART005, or as text set aside, ART012):");
        foreach (string line in NotInTheFields(page, raw))
        {
            Console.WriteLine($"  {line}");
        }
    }

    /// <summary>The page's lines, once each, whose text is in neither the headline, the byline nor a paragraph.</summary>
    private static IEnumerable<string> NotInTheFields(Article article, string raw) =>
        raw.Split('\n')
            .Select(line => string.Join(" ", line.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Where(line => line.Length > 0 && line != article.Headline && line != article.Byline && !article.Paragraphs.Any(p => p.Contains(line, StringComparison.Ordinal)))
            .Distinct();
}
