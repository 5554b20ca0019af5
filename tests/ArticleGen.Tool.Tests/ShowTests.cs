using System.IO;
using System.Linq;
using System.Text.Json;
using ArticleGen.Tool.Tests.TestSupport;
using Xunit;

namespace ArticleGen.Tool.Tests;

/// <summary><c>articlegen show</c>: the fields the generator makes, and the lines each came from.</summary>
public class ShowTests
{
    [Fact]
    public void Show_lists_each_field_with_its_lines()
    {
        using var folder = new TempFolder();
        folder.File("geneva-swim.txt", Samples.Clean);

        ToolRun run = Articlegen.Run(folder.Path, "show", "geneva-swim.txt");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            """
            geneva-swim.txt -> Articles.GenevaSwim
              headline   line 1       Geneva lake swim draws record crowd
              byline     -            (none)
              published  line 2       2019-07-04
              dateline   line 4       GENEVA (Reuters) -  (location GENEVA, agency Reuters)
              paragraphs (2, 21 words):
                1        line 4       More than 2,000 swimmers crossed the lake on Thursday, the organisers said.
                2        line 6       The race started at dawn and ended before noon.
              photos (0):
              credits    line 8       reporting: Jane Doe; editing: John Roe
              copyright  -            (none)
              diagnostics (0):

            """,
            run.Output);
    }

    [Fact]
    public void Show_json_follows_the_README_schema()
    {
        string seed = Directory.GetFiles(Path.Combine(CorpusFolders.Root, "seed", "articles")).Single();

        ToolRun run = Articlegen.Run(Path.GetDirectoryName(seed)!, "show", Path.GetFileName(seed), "--json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument document = JsonDocument.Parse(run.Output);
        JsonElement article = document.RootElement;
        Assert.Equal("russian-military-team-arrived-in-caracas.txt", article.GetProperty("path").GetString());
        Assert.Equal("RussianMilitaryTeamArrivedInCaracas", article.GetProperty("name").GetString());
        Assert.True(article.GetProperty("generated").GetBoolean());
        Assert.Equal("Russian military team arrived in Caracas: Venezuela military attache", article.GetProperty("headline").GetString());
        Assert.Equal(JsonValueKind.Null, article.GetProperty("byline").ValueKind);
        Assert.Equal("2019-03-28", article.GetProperty("published").GetString());
        Assert.Equal("MOSCOW (Reuters) -", article.GetProperty("dateline").GetProperty("text").GetString());
        Assert.Equal("MOSCOW", article.GetProperty("dateline").GetProperty("location").GetString());
        Assert.Equal("Reuters", article.GetProperty("dateline").GetProperty("agency").GetString());
        Assert.Equal(7, article.GetProperty("paragraphs").GetArrayLength());
        Assert.StartsWith("Members of the Russian military have arrived", article.GetProperty("paragraphs")[0].GetString());
        JsonElement photo = Assert.Single(article.GetProperty("photos").EnumerateArray());
        Assert.Equal("REUTERS/Carlos Garcia Rawlins", photo.GetProperty("credit").GetString());
        Assert.Equal("Carlos Garcia Rawlins", photo.GetProperty("photographer").GetString());
        Assert.Equal(["Maxim Rodionov"], article.GetProperty("credits").GetProperty("reporting").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(["Raissa Kasolowsky"], article.GetProperty("credits").GetProperty("editing").EnumerateArray().Select(n => n.GetString()));
        Assert.StartsWith("[© 2019 Thomson Reuters.", article.GetProperty("copyright").GetString());
        Assert.True(article.GetProperty("wordCount").GetInt32() > 200);

        // The headline is wrapped over lines 2 and 3 of the page, under the "| " line that opens it.
        JsonElement sources = article.GetProperty("sources");
        Assert.Equal((2, 3), (sources.GetProperty("headline").GetProperty("startLine").GetInt32(), sources.GetProperty("headline").GetProperty("endLine").GetInt32()));
        Assert.Equal(6, sources.GetProperty("published").GetProperty("startLine").GetInt32());
        Assert.Equal(7, sources.GetProperty("paragraphs").GetArrayLength());
        Assert.All(sources.GetProperty("paragraphs").EnumerateArray(), p => Assert.True(p.GetProperty("startLine").GetInt32() >= 7));

        Assert.All(article.GetProperty("diagnostics").EnumerateArray(), d => Assert.Equal("ART005", d.GetProperty("id").GetString()));
        Assert.Equal(1, article.GetProperty("diagnostics")[0].GetProperty("line").GetInt32());
    }

    /// <summary>The README's whole page: menus above, an advert inside, related links below. Lines counted by eye.</summary>
    internal const string WholePage = """
        Skip to main content

          • World
          • Business
          • Technology

        Subscribe

        Council approves new library for the east side

        By Jane Doe, Staff Writer
        Published March 5, 2019

        The city council voted on Monday to build a new library on the east side of town, ending a debate that had lasted for more than three years.

        The library will open in 2021 and will hold more than fifty thousand books, the mayor said in a statement after
        the vote.

        Advertisement

        Council members said that the building would also house a community room and a small cafe for the people of the neighbourhood.

        Related stories

          • Mayor wins second term
          • Budget passes after long night

        © 2019 City News. All rights reserved.

        """;

    /// <summary>
    /// The lines come from where the parser read each field, not from a search of its words: the byline's line is
    /// line 11 although "Jane Doe" stands nowhere else, and the date is line 12, not wherever "2019" first stands
    /// (line 28 has it too). The same with CRLF line ends and a BOM.
    /// </summary>
    [Theory]
    [InlineData("\n", false)]
    [InlineData("\r\n", true)]
    public void Show_gives_the_lines_the_parser_read_each_field_from_on_a_whole_page(string newline, bool bom)
    {
        using var folder = new TempFolder();
        string text = (bom ? "\uFEFF" : "") + WholePage.Replace("\n", newline);
        File.WriteAllText(folder.Combine("library.txt"), text, new System.Text.UTF8Encoding(false));

        ToolRun run = Articlegen.Run(folder.Path, "show", "library.txt");

        Assert.Equal(0, run.ExitCode);
        string[] lines = run.Output.Split('\n');
        Assert.Contains("  headline   line 9       Council approves new library for the east side", lines);
        Assert.Contains("  byline     line 11      Jane Doe", lines);
        Assert.Contains("  published  line 12      2019-03-05", lines);
        Assert.Contains("    1        line 14      The city council voted on Monday to build a new library on the east side of town, ending a debate that had lasted for more than three years.", lines);
        Assert.Contains("    2        lines 16-17  The library will open in 2021 and will hold more than fifty thousand books, the mayor said in a statement after the vote.", lines);
        Assert.Contains("    3        line 21      Council members said that the building would also house a community room and a small cafe for the people of the neighbourhood.", lines);
    }

    [Fact]
    public void Show_takes_one_file()
    {
        using var folder = new TempFolder();
        folder.File("a.txt", Samples.Clean);
        folder.File("b.txt", Samples.Clean);

        ToolRun run = Articlegen.Run(folder.Path, "show", ".");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("articlegen: error: show: '.' is 2 files; show takes one FILE (see 'articlegen show --help')", run.Errors.Trim());
    }

    [Fact]
    public void Show_says_when_no_article_is_generated()
    {
        using var folder = new TempFolder();
        folder.File("empty.txt", "\n\n");

        ToolRun run = Articlegen.Run(folder.Path, "show", "empty.txt", "--json");

        using JsonDocument document = JsonDocument.Parse(run.Output);
        Assert.False(document.RootElement.GetProperty("generated").GetBoolean());
        Assert.Equal("ART010", document.RootElement.GetProperty("diagnostics")[0].GetProperty("id").GetString());
    }
}
