using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;

namespace ArticleGen.CodeFixes.Tests;

/// <summary>Each code fix offered on its diagnostic inside the .txt and applied through a workspace, as in the IDE.</summary>
public class CodeFixProviderTests
{
    private const string Head = "Russian military team arrived in Caracas\n\n[March 28, 2019]\n\n";
    private const string Lede = "MOSCOW (Reuters) - Members of the Russian military have arrived.\n";
    private const string Tail = "\nA second paragraph of the story.\n\n(Reporting by Maxim Rodionov; Editing by Raissa Kasolowsky)\n";

    [Fact]
    public Task Remove_a_marker_on_its_own_line() =>
        VerifyAsync(new LayoutMarkerCodeFixProvider(), 
            Head + Lede + "\n{|ART005:[to top of second column]|}\n" + Tail,
            Head + Lede + Tail,
            LayoutMarkerCodeFixProvider.RemoveOneKey);

    [Fact]
    public Task Remove_a_marker_wrapped_over_two_lines() =>
        VerifyAsync(new LayoutMarkerCodeFixProvider(), 
            Head + Lede + "\n{|ART005:[to top of second column in this\narticle]|}\n" + Tail,
            Head + Lede + Tail,
            LayoutMarkerCodeFixProvider.RemoveOneKey);

    [Fact]
    public Task Remove_each_marker_one_at_a_time() =>
        VerifyAsync(new LayoutMarkerCodeFixProvider(), 
            "{|ART005:||}\n" + Head.Replace("\n\n[", "\n{|ART005:Send a link to a friend|}\n\n[") + Lede + "\n {|ART005:[to top of second column]|}\n {|ART005:||} \n" + Tail,
            Head + Lede + Tail,
            LayoutMarkerCodeFixProvider.RemoveOneKey,
            iterations: 4);

    [Fact]
    public Task Remove_all_markers_in_the_file_at_once() =>
        VerifyAsync(new LayoutMarkerCodeFixProvider(), 
            "{|ART005:||}\n" + Head.Replace("\n\n[", "\n{|ART005:Send a link to a friend|}\n\n[") + Lede + "\n {|ART005:[to top of second column]|}\n {|ART005:||} \n" + Tail,
            Head + Lede + Tail,
            LayoutMarkerCodeFixProvider.RemoveAllKey);

    [Theory]
    [InlineData("GENEVA (Reuters) -The vote was close.", "GENEVA (Reuters) - The vote was close.")]
    [InlineData("Moscow (Reuters) - Members arrived.", "MOSCOW (Reuters) - Members arrived.")]
    [InlineData("VIENNA (Reuters - OPEC may resist calls.", "VIENNA (Reuters) - OPEC may resist calls.")]
    public Task Write_the_dateline_in_wire_style(string lede, string fixedLede)
    {
        string marked = lede.Substring(0, lede.IndexOf('-') + 1);
        return VerifyAsync(new DatelineCodeFixProvider(), 
            Head + "{|ART001:" + marked + "|}" + lede.Substring(marked.Length) + "\n" + Tail,
            Head + fixedLede + "\n" + Tail,
            DatelineCodeFixProvider.Key);
    }

    [Fact]
    public Task Decode_an_entity() =>
        VerifyAsync(new MarkupCodeFixProvider(), 
            Head + "MOSCOW (Reuters) - AT{|ART011:&amp;|}T and the company{|ART011:#39;|}s team arrived.\n" + Tail,
            Head + "MOSCOW (Reuters) - AT&T and the company's team arrived.\n" + Tail,
            MarkupCodeFixProvider.Key,
            iterations: 2);

    [Fact]
    public async Task Whole_file_fix_is_offered_with_the_single_fix()
    {
        var document = FixRunner.Article(Head + Lede + "\n[to top of second column]\n" + Tail);
        var diagnostic = (await FixRunner.DiagnosticsAsync(document.Project)).Single();
        var titles = new System.Collections.Generic.List<string>();
        await new LayoutMarkerCodeFixProvider().RegisterCodeFixesAsync(new CodeFixContext(
            document, diagnostic.Location.SourceSpan, System.Collections.Immutable.ImmutableArray.Create(diagnostic), (a, _) => titles.Add(a.Title), default));
        Assert.Equal(new[] { "Remove layout marker '[to top of second column]'", "Remove all layout markers in this file" }, titles);
    }

    /// <param name="before">The article with the diagnostics the fix addresses marked as <c>{|ART005:...|}</c>.</param>
    private static async Task VerifyAsync(CodeFixProvider provider, string before, string after, string equivalenceKey, int iterations = 1)
    {
        string text = before.Replace("{|", string.Empty).Replace("|}", string.Empty);
        foreach (string id in provider.FixableDiagnosticIds)
        {
            text = text.Replace(id + ":", string.Empty);
        }

        // The marked spans are exactly where the analyzer reports.
        var reported = (await FixRunner.DiagnosticsAsync(FixRunner.Article(text).Project)).Where(d => provider.FixableDiagnosticIds.Contains(d.Id)).ToList();
        Assert.Equal(System.Text.RegularExpressions.Regex.Matches(before, @"\{\|ART").Count, reported.Count);
        Assert.True(reported.Count >= iterations || equivalenceKey == LayoutMarkerCodeFixProvider.RemoveAllKey);

        Assert.Equal(after, await FixRunner.FixAllOneByOneAsync(text, provider, equivalenceKey));
    }
}
