using System;
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
    }
}
