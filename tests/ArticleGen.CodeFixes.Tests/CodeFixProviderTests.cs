using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
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

    /// <summary>Issue 19's text: each chain is one finding and one edit, so no ampersand of it is left.</summary>
    [Fact]
    public Task Decode_a_chain_of_entities_in_one_edit() =>
        VerifyAsync(new MarkupCodeFixProvider(),
            Head + "MOSCOW (Reuters) - It was a statement {|ART011:&amp;amp;|} more. The escaped form {|ART011:&amp;#39;|} stays as it is.\n" + Tail,
            Head + "MOSCOW (Reuters) - It was a statement & more. The escaped form ' stays as it is.\n" + Tail,
            MarkupCodeFixProvider.Key,
            iterations: 2);

    /// <summary>w3m wraps a long line inside an entity (corpus file rd-yahoo-3-w3m-page): joined and decoded, no stray '&amp;'.</summary>
    [Fact]
    public Task Decode_an_entity_wrapped_over_two_lines() =>
        VerifyAsync(new MarkupCodeFixProvider(),
            Head + "MOSCOW (Reuters) - Woman Shares Her Journey: {|ART011:&#39;|}I{|ART011:&\n    #39;|}m Learning to Love Myself Again{|ART011:&#39;|} and Some {|ART011:&#\n    39;|}on the Spot.\n" + Tail,
            Head + "MOSCOW (Reuters) - Woman Shares Her Journey: 'I'm Learning to Love Myself Again' and Some 'on the Spot.\n" + Tail,
            MarkupCodeFixProvider.Key,
            iterations: 4);

    /// <summary>Corpus file sh-0043: an escaped bookmark span around an escaped U+FEFF. All three go; the line stays, empty.</summary>
    [Fact]
    public Task Remove_escaped_tags_and_an_invisible_character() =>
        VerifyAsync(new MarkupCodeFixProvider(),
            Head + Lede + "\n{|ART011:&lt;span data-mce-type=\"bookmark\" style=\"display: inline-block; width: 0px; overflow: hidden; line-height: 0;\" class=\"mce_SELRES_start\"&gt;|}{|ART011:&amp;#65279;|}{|ART011:&lt;/span&gt;|}\n" + Tail,
            Head + Lede + "\n\n" + Tail,
            MarkupCodeFixProvider.Key,
            iterations: 3);

    [Fact]
    public Task Remove_a_zero_width_space() =>
        VerifyAsync(new MarkupCodeFixProvider(),
            Head + "MOSCOW (Reuters) - The zero{|ART011:&#8203;|}width space and the {|ART011:&nbsp;|}no-break one.\n" + Tail,
            Head + "MOSCOW (Reuters) - The zerowidth space and the  no-break one.\n" + Tail,
            MarkupCodeFixProvider.Key,
            iterations: 2);

    [Theory]
    [InlineData("Lincoln, Neb. (AP) \\u2014 The council met on Monday to vote.", "LINCOLN, Neb. (AP) \\u2014 The council met on Monday to vote.")]
    [InlineData("LINCOLN, Neb. (AP) \\u2014The council met on Monday to vote.", "LINCOLN, Neb. (AP) \\u2014 The council met on Monday to vote.")]
    [InlineData("LINCOLN, Neb. (AP) - \\u2014 The council met on Monday to vote.", "LINCOLN, Neb. (AP) \\u2014 The council met on Monday to vote.")]
    [InlineData("LINCOLN, Neb. (AP) \\u2013The council met on Monday to vote.", "LINCOLN, Neb. (AP) \\u2013 The council met on Monday to vote.")]
    public async Task The_dateline_fix_keeps_the_writers_dash(string lede, string fixedLede)
    {
        string text = Head + Unescape(lede) + "\n" + Tail;

        string once = await FixRunner.FixAllOneByOneAsync(text, new DatelineCodeFixProvider(), DatelineCodeFixProvider.Key, max: 1);

        Assert.Equal(Head + Unescape(fixedLede) + "\n" + Tail, once);
        Assert.DoesNotContain(await FixRunner.DiagnosticsAsync(FixRunner.Article(once).Project), d => d.Id == "ART001");
    }

    [Theory]
    [InlineData("Moscow (Reuters) - Members arrived.", "Write the dateline in wire style: MOSCOW (Reuters) -")]
    [InlineData("GENEVA (Reuters) -The vote was close.", "Write the dateline in wire style: GENEVA (Reuters) -")]
    [InlineData("VIENNA (Reuters - OPEC may resist calls.", "Write the dateline in wire style: VIENNA (Reuters) -")]
    [InlineData("GENEVA (Reuters) Swiss voters rejected the plan.", "Write the dateline in wire style: GENEVA (Reuters) -")]
    [InlineData("Lincoln, Neb. (AP) \\u2014 The council met.", "Write the dateline in wire style: LINCOLN, Neb. (AP) \\u2014")]
    [InlineData("LINCOLN, Neb. (AP) - \\u2014 The council met.", "Write the dateline in wire style: LINCOLN, Neb. (AP) \\u2014")]
    [InlineData("Rochester, N.Y., Feb 26 -\\n\\tThe company said.", "Write the dateline in wire style: ROCHESTER, N.Y., Feb 26 -")]
    [InlineData("MOSCOW (Reuters) - AT&amp;T said.", "Decode '&amp;' to '&'")]
    [InlineData("MOSCOW (Reuters) - the company#39;s team.", "Decode '#39;' to '\\u0027'")]
    [InlineData("MOSCOW (Reuters) - a statement &amp;amp; more.", "Decode '&amp;amp;' to '&'")]
    [InlineData("MOSCOW (Reuters) - it ends.&lt;/p&gt;", "Remove '&lt;/p&gt;'")]
    [InlineData("MOSCOW (Reuters) - I&\\n#39;m here.", "Decode '& #39;' to '\\u0027'")]
    [InlineData("MOSCOW (Reuters) - A [to top of second column] B.", "Remove layout marker '[to top of second column]'")]
    public async Task Each_action_title_names_its_whole_result(string lede, string title) =>
        Assert.Equal(new[] { Unescape(title) }, await TitlesAsync(Head + Unescape(lede) + "\n" + Tail));

    [Fact]
    public async Task The_whole_file_fix_is_offered_where_there_is_more_than_one_marker()
    {
        Assert.Equal(
            new[] { "Remove layout marker '[to top of second column]'" },
            await TitlesAsync(Head + Lede + "\n[to top of second column]\n" + Tail));
        Assert.Equal(
            new[] { "Remove layout marker 'Send a link to a friend'", "Remove all 2 layout markers in this file", "Remove layout marker '[to top of second column]'", "Remove all 2 layout markers in this file" },
            await TitlesAsync(Head.Replace("\n\n[", "\nSend a link to a friend\n\n[") + Lede + "\n[to top of second column]\n" + Tail));
    }

    /// <summary>The fixes edit the file's own text: its CRLF line ends and a U+FEFF at its start stay where they are.</summary>
    [Fact]
    public async Task Fixes_edit_a_crlf_file_that_starts_with_a_bom()
    {
        string lf = Head + "Lincoln, Neb. (AP) \u2014The council met.\n\n[to top of second column]\n" + Tail;
        static string InFile(string text) => "\uFEFF" + text.Replace("\n", "\r\n");

        Assert.Equal(
            InFile(lf.Replace("Lincoln, Neb. (AP) \u2014The", "LINCOLN, Neb. (AP) \u2014 The")),
            await FixRunner.FixAllOneByOneAsync(InFile(lf), new DatelineCodeFixProvider(), DatelineCodeFixProvider.Key));
        Assert.Equal(
            InFile(Head + "Lincoln, Neb. (AP) \u2014The council met.\n" + Tail),
            await FixRunner.FixAllOneByOneAsync(InFile(lf), new LayoutMarkerCodeFixProvider(), LayoutMarkerCodeFixProvider.RemoveOneKey));
    }

    [Fact]
    public async Task No_action_is_offered_on_a_diagnostic_whose_text_has_changed()
    {
        TextDocument before = FixRunner.Article(Head + "Moscow (Reuters) - Members arrived.\n" + Tail);
        Diagnostic diagnostic = Assert.Single(await FixRunner.DiagnosticsAsync(before.Project), d => d.Id == "ART001");
        TextDocument after = FixRunner.Article(Head + "MOSCOW (Reuters) - Members arrived.\n" + Tail);

        var titles = new List<string>();
        await new DatelineCodeFixProvider().RegisterCodeFixesAsync(new CodeFixContext(after, diagnostic.Location.SourceSpan, ImmutableArray.Create(diagnostic), (a, _) => titles.Add(a.Title), default));

        Assert.Empty(titles);
    }

    /// <summary>The titles of every action the three providers offer on the article's diagnostics, as the light bulb lists them.</summary>
    private static async Task<List<string>> TitlesAsync(string text)
    {
        TextDocument document = FixRunner.Article(text);
        var titles = new List<string>();
        foreach (Diagnostic diagnostic in (await FixRunner.DiagnosticsAsync(document.Project)).OrderBy(d => d.Location.SourceSpan.Start))
        {
            foreach (CodeFixProvider provider in new CodeFixProvider[] { new DatelineCodeFixProvider(), new LayoutMarkerCodeFixProvider(), new MarkupCodeFixProvider() })
            {
                if (provider.FixableDiagnosticIds.Contains(diagnostic.Id))
                {
                    await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic.Location.SourceSpan, ImmutableArray.Create(diagnostic), (a, _) => titles.Add(a.Title), default));
                }
            }
        }

        return titles;
    }

    private static string Unescape(string text) => System.Text.RegularExpressions.Regex.Unescape(text);

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
