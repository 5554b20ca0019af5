using System;
using System.IO;
using Xunit;

namespace ArticleGen.Generator.Tests.Analyzers;

/// <summary>
/// One real <c>dotnet build</c> of a consumer project: the printed lines carry the .txt path, line, column and ID, and
/// .globalconfig severities work (<c>error</c> fails the build, <c>none</c> silences).
/// </summary>
public class BuildOutputTests
{
    [Fact]
    public void Dotnet_build_prints_the_txt_path_line_column_and_id()
    {
        string analyzer = Path.Combine(AppContext.BaseDirectory, "ArticleGen.Generator.dll");
        using var project = new ConsumerProject(analyzer, "<ArticleGenMaxFileSize>2000</ArticleGenMaxFileSize>");
        string markers = project.AddArticle("markers.txt", Articles.WithBetweenParagraphs("\t[to top of second column]\n\n"));
        string markup = project.AddArticle("markup.txt", Articles.Clean.Replace("had sent a team", "had sent AT&amp;T a team"));
        project.AddArticle("big.txt", new string('x', 3000));
        project.AddFile(".globalconfig", "is_global = true\ndotnet_diagnostic.ART011.severity = error\ndotnet_diagnostic.ART010.severity = none\n");

        // A file linked from beside the project, as <AdditionalFiles Include="../shared/x.txt" Link="Articles/x.txt" />.
        string shared = project.Directory + "-shared";
        Directory.CreateDirectory(shared);
        File.WriteAllText(Path.Combine(shared, "markers.txt"), "Headline\n\n[March 28, 2019]\n\nMOSCOW (Reuters) - Text.\n");
        string linked = "../" + Path.GetFileName(shared) + "/markers.txt";
        File.WriteAllText(project.ProjectFile, File.ReadAllText(project.ProjectFile).Replace(
            "</ItemGroup>", $"<AdditionalFiles Include=\"{linked}\" Link=\"Articles/linked.txt\" />\n  </ItemGroup>"));

        (int exitCode, string output) = project.Dotnet("build -nologo -consoleLoggerParameters:NoSummary -p:UseSharedCompilation=false", TimeSpan.FromMinutes(4));
        Directory.Delete(shared, recursive: true);

        // Line 8, column 2: the marker after its tab. Line 8, column 40: the entity in "...ministry said Russia had sent ".
        Assert.Contains(markers + "(8,2): warning ART005: Leftover layout marker '[to top of second column]'", output);
        int entityColumn = Articles.Clean.Split('\n')[7].IndexOf("had sent", StringComparison.Ordinal) + "had sent AT".Length + 1;
        Assert.Contains($"{markup}(8,{entityColumn}): error ART011: Leftover markup '&amp;'", output);
        Assert.DoesNotContain("ART010", output);
        Assert.NotEqual(0, exitCode);

        // Every message names the linked file by its path relative to the project, never by the machine's.
        Assert.Contains($"warning ART003: No credits line or byline in '{linked}'", output);
        Assert.Contains($"warning ART009: Article name 'Markers' is already taken by '{linked}'", output);
    }
}
