using System.IO;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ArticleGen.Generator.Tests.Generator;

/// <summary>The seed through Microsoft.CodeAnalysis.Testing, which also compiles the result and checks for diagnostics.</summary>
public class SourceGeneratorTestTests
{
    [Fact]
    public async Task Seed_GeneratesTheApprovedFiles()
    {
        var test = new CSharpSourceGeneratorTest<ArticleGenerator, DefaultVerifier>
        {
            // The package's own net10.0 lookup fails on these machines; the references come from Basic.Reference.Assemblies.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
            TestState =
            {
                Sources = { "namespace Tests; public static class Probe { public static string Where() => Articles.RussianMilitaryTeamArrivedInCaracas.SourcePath; }" },
                AdditionalFiles = { ("/0/Articles/russian-military-team-arrived-in-caracas.txt", Fixtures.Text(Fixtures.Seed)) },
                AnalyzerConfigFiles =
                {
                    ("/.globalconfig", "is_global = true\nbuild_property.RootNamespace = Tests\nbuild_property.ProjectDir = /0/\n"),
                },
                GeneratedSources =
                {
                    (typeof(ArticleGenerator), "Articles.Part001.g.cs", Approved("Seed.Article")),
                    (typeof(ArticleGenerator), "Articles.g.cs", Approved("Seed.Index")),
                },
            },
        };
        test.TestState.AdditionalReferences.AddRange(TestProject.References);

        await test.RunAsync();
    }

    private static string Approved(string name, [System.Runtime.CompilerServices.CallerFilePath] string testFile = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots", name + ".approved.cs"));
}
