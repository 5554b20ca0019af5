using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using ArticleGen.Generator.Tests.Analyzers;

namespace ArticleGen.Generator.Tests.Package;

/// <summary>
/// The ArticleGen package, packed once per test run into a temporary feed folder by the real <c>dotnet pack</c>.
/// </summary>
/// <remarks>
/// It packs the assemblies that the test run has just built (<c>--no-build</c>, same configuration as this test
/// assembly): building the test project builds the runtime project, and with it the generator and the code fixes.
/// That keeps the slowest test to one pack, one build and one run. The version gets a unique prerelease suffix, so no
/// copy of ArticleGen from anywhere else can stand in for it.
/// </remarks>
public sealed class PackedPackage : IDisposable
{
    private readonly Lazy<string> _nupkg;

    public PackedPackage()
    {
        Feed = Path.Combine(Path.GetTempPath(), "articlegen-feed-" + Guid.NewGuid().ToString("N"));
        // A letter first: twelve hex digits can all be decimal with a leading zero ("099583060898"), which SemVer
        // forbids in a numeric identifier, and pack then failed (about one run in 3,000; CI met one).
        Version = "0.2.0-e2e.g" + Guid.NewGuid().ToString("N").Substring(0, 12);
        _nupkg = new Lazy<string>(Pack);
    }

    /// <summary>The folder that holds the .nupkg: a local NuGet feed.</summary>
    public string Feed { get; }

    public string Version { get; }

    /// <summary>The packed file; packs on first use.</summary>
    public string Nupkg => _nupkg.Value;

    /// <summary>The file paths inside the package, with <c>/</c>.</summary>
    public IReadOnlyList<string> Entries()
    {
        using ZipArchive zip = ZipFile.OpenRead(Nupkg);
        return zip.Entries.Select(e => e.FullName).OrderBy(n => n, StringComparer.Ordinal).ToList();
    }

    public byte[] Read(string entry)
    {
        using ZipArchive zip = ZipFile.OpenRead(Nupkg);
        using Stream stream = (zip.GetEntry(entry) ?? throw new FileNotFoundException($"{entry} is not in the package", entry)).Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Feed, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    /// <summary>The repository root: the folder above this test assembly that holds ArticleGen.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ArticleGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("No ArticleGen.sln above " + AppContext.BaseDirectory);
    }

    private string Pack()
    {
        string configuration = typeof(PackedPackage).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        string project = Path.Combine(RepositoryRoot(), "src", "ArticleGen", "ArticleGen.csproj");
        (int exitCode, string output) = DotnetCli.Run(
            RepositoryRoot(),
            $"pack \"{project}\" -c {configuration} --no-build -nologo -o \"{Feed}\" -p:PackageVersion={Version}",
            TimeSpan.FromMinutes(3));
        string nupkg = Path.Combine(Feed, $"ArticleGen.{Version}.nupkg");
        if (exitCode != 0 || !File.Exists(nupkg))
        {
            throw new InvalidOperationException($"dotnet pack failed (exit code {exitCode}); {nupkg} is missing:\n{output}");
        }

        return nupkg;
    }
}
