using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ArticleGen.Generator.Tests.Generator;

/// <summary>A consumer compiled in memory with the generator, loaded and run, as a test project would use it.</summary>
public class ConsumerTests
{
    private const string ProbeSource = """
        namespace Tests;

        public static class Probe
        {
            public static ArticleGen.Article Seed => Articles.RussianMilitaryTeamArrivedInCaracas;

            public static int Count => Articles.All.Count;

            public static ArticleGen.Article? ByName => Articles.Find("RussianMilitaryTeamArrivedInCaracas");

            public static ArticleGen.Article? ByPath => Articles.Find("Articles\\russian-military-team-arrived-in-caracas.txt");

            public static ArticleGen.Article? Missing => Articles.Find("Nope");

            public static string Raw => Articles.Constants.RussianMilitaryTeamArrivedInCaracas.Raw;

            public static string Body => Articles.Constants.RussianMilitaryTeamArrivedInCaracas.Body;

            public static string Headline => Articles.Constants.RussianMilitaryTeamArrivedInCaracas.Headline;
        }
        """;

    [Fact]
    public void ReadsTheGeneratedArticles()
    {
        string seedText = Fixtures.Text(Fixtures.Seed);
        var project = new TestProject(
            new[] { Fixtures.Article(Fixtures.Seed), ArticleFile.At("Articles/second.txt", "Second\n\n[March 29, 2019]\n\nA paragraph.\n") },
            null,
            ProbeSource);
        Assembly consumer = project.CompileAndLoad();

        var seed = (Article)Read(consumer, "Seed")!;
        Assert.Equal("RussianMilitaryTeamArrivedInCaracas", seed.Name);
        Assert.Equal("Articles/russian-military-team-arrived-in-caracas.txt", seed.SourcePath);
        Assert.Equal(2, Read(consumer, "Count"));
        Assert.Same(seed, Read(consumer, "ByName"));
        Assert.Same(seed, Read(consumer, "ByPath"));
        Assert.Null(Read(consumer, "Missing"));
        Assert.Equal(seedText, Read(consumer, "Raw"));
        Assert.Equal(seed.Body, Read(consumer, "Body"));
        Assert.Equal(seed.Headline, Read(consumer, "Headline"));
    }

    /// <summary>
    /// The README's advice for a large fixture set: the articles in a project of their own, and the tests in another
    /// that references it, where the constants still serve as attribute arguments and the nullable annotations hold.
    /// </summary>
    [Fact]
    public void Fixtures_compiled_apart_serve_another_project_with_constants_and_annotations()
    {
        var fixtures = new TestProject(new[] { Fixtures.Article(Fixtures.Seed) });
        fixtures.CreateDriver().RunGeneratorsAndUpdateCompilation(fixtures.Compilation, out Compilation generated, out _);
        MetadataReference fixturesReference = generated.ToMetadataReference();
        const string Tests = """
            [System.AttributeUsage(System.AttributeTargets.Method)]
            public sealed class CaseAttribute(string text) : System.Attribute { public string Text { get; } = text; }

            public static class FixtureUser
            {
                [Case(Tests.Articles.Constants.RussianMilitaryTeamArrivedInCaracas.Headline)]
                public static string? Byline() => Tests.Articles.RussianMilitaryTeamArrivedInCaracas.Byline.Trim();
            }
            """;

        Compilation user = CSharpCompilation.Create(
            "FixtureUser",
            new[] { CSharpSyntaxTree.ParseText(Tests, new CSharpParseOptions(LanguageVersion.Latest)) },
            TestProject.References.Append(fixturesReference),
            fixtures.Compilation.Options); // nullable on, CS1701 off, as in the SDK

        Assert.Empty(user.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        // Byline is string?: dereferencing it warns in the other project, so the annotations crossed the assembly boundary.
        Assert.Equal("CS8602", Assert.Single(user.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Warning).Id);
        AttributeData attribute = user.GetTypeByMetadataName("FixtureUser")!.GetMembers("Byline").Single().GetAttributes().Single();
        Assert.Equal("Russian military team arrived in Caracas: Venezuela military attache", attribute.ConstructorArguments.Single().Value);
    }

    [Fact]
    public void AllIsInOrdinalPathOrder()
    {
        var project = new TestProject(new[]
        {
            ArticleFile.At("Articles/b.txt", "B"),
            ArticleFile.At("Articles/B2.txt", "B2"),
            ArticleFile.At("Articles/a.txt", "A"),
        });
        Assembly consumer = project.CompileAndLoad();

        var all = (System.Collections.Generic.IReadOnlyList<Article>)TestProject.Read(consumer, "Tests.Articles", "All")!;
        Assert.Equal(new[] { "Articles/B2.txt", "Articles/a.txt", "Articles/b.txt" }, System.Linq.Enumerable.Select(all, a => a.SourcePath));
    }

    private static object? Read(Assembly consumer, string member) => TestProject.Read(consumer, "Tests.Probe", member);
}
