using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using ArticleGen.Generator.Tests.Analyzers;
using Xunit;

namespace ArticleGen.Generator.Tests.Package;

/// <summary>
/// The user's path through the real package: <c>dotnet pack</c>, then a fresh project with a <c>PackageReference</c>
/// and <c>AdditionalFiles</c>, <c>dotnet build</c> (ART warnings in the .txt files) and <c>dotnet run</c> (generated
/// values). Catches what in-memory tests cannot: a file missing from the package, props that are not imported, and an
/// analyzer the SDK's compiler refuses to load (CS9057, when it was built against a newer Roslyn).
/// </summary>
public sealed class PackageEndToEndTests : IClassFixture<PackedPackage>
{
    /// <summary>The Roslyn that the shipped assemblies are built against; older SDKs and IDEs load nothing newer.</summary>
    private static readonly Version Roslyn = new(4, 8, 0, 0);

    /// <summary>The System.Collections.Immutable and System.Reflection.Metadata that Roslyn 4.8 references.</summary>
    private static readonly Version RoslynDependencies = new(7, 0, 0, 0);

    /// <summary>
    /// The System.Memory Roslyn 4.8 references (package 4.5.5), and the two it references itself: every host that
    /// runs Roslyn 4.8 loads them at least at these versions.
    /// </summary>
    private static readonly Dictionary<string, Version> MemoryAndItsDependencies = new()
    {
        ["System.Memory"] = new(4, 0, 1, 2),
        ["System.Buffers"] = new(4, 0, 2, 0),
        ["System.Numerics.Vectors"] = new(4, 1, 3, 0),
    };

    private readonly PackedPackage _package;

    public PackageEndToEndTests(PackedPackage package) => _package = package;

    [DotnetFact]
    public void The_package_holds_the_runtime_types_the_analyzers_the_props_and_the_readme()
    {
        string[] content = _package.Entries()
            .Where(e => !e.StartsWith("_rels/", StringComparison.Ordinal) && !e.StartsWith("package/", StringComparison.Ordinal)
                        && e != "[Content_Types].xml" && !e.EndsWith(".nuspec", StringComparison.Ordinal))
            .ToArray();

        Assert.Equal(
            new[]
            {
                "README.md",
                "analyzers/dotnet/cs/ArticleGen.CodeFixes.dll",
                "analyzers/dotnet/cs/ArticleGen.Generator.dll",
                "build/ArticleGen.props",
                "buildTransitive/ArticleGen.props",
                "lib/net8.0/ArticleGen.dll",
                "lib/net8.0/ArticleGen.xml",
            },
            content);
    }

    [DotnetFact]
    public void The_nuspec_has_a_licence_readme_repository_and_no_dependencies()
    {
        string nuspecName = _package.Entries().Single(e => e.EndsWith(".nuspec", StringComparison.Ordinal));
        XElement metadata = XDocument.Load(new MemoryStream(_package.Read(nuspecName))).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal("ArticleGen", Value("id"));
        Assert.Equal(_package.Version, Value("version"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.Contains("source-generator", Value("tags"), StringComparison.Ordinal);
        XElement repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.StartsWith("https://github.com/", (string?)repository.Attribute("url"), StringComparison.Ordinal);

        // The analyzers, their Roslyn and SourceLink are private; the runtime types need nothing.
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");
    }

    [DotnetFact]
    public void The_analyzer_assemblies_need_only_netstandard_Roslyn_4_8_and_its_dependencies()
    {
        var references = new List<string>();
        var problems = new List<string>();
        foreach (string entry in _package.Entries().Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)))
        {
            using var pe = new PEReader(new MemoryStream(_package.Read(entry)));
            MetadataReader reader = pe.GetMetadataReader();
            foreach (AssemblyReferenceHandle handle in reader.AssemblyReferences)
            {
                AssemblyReference reference = reader.GetAssemblyReference(handle);
                string name = reader.GetString(reference.Name);
                bool provided = name switch
                {
                    "netstandard" => true,
                    "ArticleGen.Generator" => true, // the code fixes use the parser; it sits beside them
                    _ when name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) => reference.Version <= Roslyn,
                    // What Roslyn 4.8 itself references, so every host that runs it carries them at least at this version.
                    "System.Collections.Immutable" or "System.Reflection.Metadata" => reference.Version <= RoslynDependencies,
                    _ when MemoryAndItsDependencies.TryGetValue(name, out Version? carried) => reference.Version <= carried,
                    _ => false,
                };
                references.Add($"{entry} references {name} {reference.Version}");
                if (!provided)
                {
                    problems.Add(references[^1]);
                }
            }
        }

        Assert.Contains($"analyzers/dotnet/cs/ArticleGen.Generator.dll references Microsoft.CodeAnalysis {Roslyn}", references);
        Assert.Contains($"analyzers/dotnet/cs/ArticleGen.CodeFixes.dll references Microsoft.CodeAnalysis.Workspaces {Roslyn}", references);
        Assert.True(problems.Count == 0, "Not in the package, nor in every compiler and IDE:\n" + string.Join("\n", problems) + "\n\nAll references:\n" + string.Join("\n", references));
    }

    [DotnetFact]
    public void A_fresh_project_with_the_package_reports_in_the_txt_files_and_runs_the_generated_code()
    {
        // ArticleGenClassName comes through the package's build/ArticleGen.props: without the props, no Fixtures class.
        using var project = ConsumerProject.ForPackage(_package.Feed, _package.Version, "<ArticleGenClassName>Fixtures</ArticleGenClassName>");
        _ = _package.Nupkg;
        project.AddArticle("clean.txt", Articles.Clean);
        string marked = project.AddArticle("marked.txt", Articles.WithBetweenParagraphs("\t[to top of second column]\n\n"));
        project.AddFile("Program.cs", """
            using System;

            namespace Consumer;

            public static class Program
            {
                public static void Main()
                {
                    Console.WriteLine("count=" + Fixtures.All.Count);
                    Console.WriteLine("location=" + Fixtures.Clean.Dateline!.Location);
                    Console.WriteLine("headline=" + Fixtures.Constants.Clean.Headline);
                    Console.WriteLine("published=" + Fixtures.Clean.Published?.ToString("yyyy-MM-dd"));
                    Console.WriteLine("editing=" + string.Join(",", Fixtures.Marked.Credits!.Editing));
                    Console.WriteLine("paragraphs=" + Fixtures.Marked.Paragraphs.Count);
                    Console.WriteLine("find=" + Fixtures.Find("Articles/marked.txt")?.Name);
                }
            }
            """);

        (int buildExit, string build) = project.Dotnet("build -nologo -consoleLoggerParameters:NoSummary -p:UseSharedCompilation=false", TimeSpan.FromMinutes(4));

        Assert.True(buildExit == 0, "dotnet build failed:\n" + build);
        Assert.DoesNotContain("CS9057", build, StringComparison.Ordinal); // analyzer built against a newer compiler
        Assert.DoesNotContain("CS8032", build, StringComparison.Ordinal); // analyzer could not be loaded
        Assert.DoesNotContain("AD0001", build, StringComparison.Ordinal); // analyzer threw
        Assert.Contains(marked + "(8,2): warning ART005: Leftover layout marker '[to top of second column]'", build, StringComparison.Ordinal);
        Assert.DoesNotContain("clean.txt(", build, StringComparison.Ordinal);

        (int runExit, string run) = project.Dotnet("run --no-build", TimeSpan.FromMinutes(1));

        Assert.True(runExit == 0, "dotnet run failed:\n" + run);
        Assert.Equal(
            new[]
            {
                "count=2",
                "location=MOSCOW",
                "headline=" + Articles.Headline,
                "published=2019-03-28",
                "editing=Raissa Kasolowsky",
                "paragraphs=2",
                "find=Marked",
            },
            run.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}

/// <summary>A fact that needs the <c>dotnet</c> CLI; it is skipped, saying so, only where there is none.</summary>
public sealed class DotnetFactAttribute : FactAttribute
{
    public DotnetFactAttribute()
    {
        if (DotnetCli.Path is null)
        {
            Skip = "The dotnet CLI is not on PATH (nor in DOTNET_HOST_PATH), so the package cannot be packed, built or run here.";
        }
    }
}
