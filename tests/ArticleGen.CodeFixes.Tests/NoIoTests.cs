using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using ArticleGen.Generator.Diagnostics;
using Xunit;

namespace ArticleGen.CodeFixes.Tests;

/// <summary>
/// The compiler and the IDE load the generator, analyzer and fixes: they do no file, network or process I/O. RS1035 and
/// RS0030 (src/BannedSymbols.txt) stop it at build time; this checks the built assemblies themselves, so a suppressed
/// warning or a lost AdditionalFiles item cannot let it in unseen.
/// </summary>
public class NoIoTests
{
    private static readonly HashSet<string> BannedTypes = new()
    {
        "System.IO.File", "System.IO.FileInfo", "System.IO.Directory", "System.IO.DirectoryInfo", "System.IO.DriveInfo",
        "System.IO.FileStream", "System.IO.FileSystemWatcher",
        "System.Diagnostics.Process", "System.Diagnostics.ProcessStartInfo",
        "System.Net.Http.HttpClient", "System.Net.Http.HttpClientHandler", "System.Net.Http.HttpMessageInvoker",
        "System.Net.WebClient", "System.Net.WebRequest", "System.Net.HttpWebRequest", "System.Net.Dns",
        "System.Net.Sockets.Socket", "System.Net.Sockets.TcpClient", "System.Net.Sockets.UdpClient",
    };

    /// <summary>A NoWarn or WarningsNotAsErrors that would let either rule pass.</summary>
    private const string Silenced = @"<(NoWarn|WarningsNotAsErrors)>[^<]*RS(1035|0030)";

    public static TheoryData<string> Assemblies => new()
    {
        typeof(ArticleAnalyzer).Assembly.Location,
        typeof(LayoutMarkerCodeFixProvider).Assembly.Location,
    };

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void References_no_file_network_or_process_type(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        MetadataReader metadata = pe.GetMetadataReader();

        string[] referenced = metadata.TypeReferences
            .Select(handle => metadata.GetTypeReference(handle))
            .Select(type => metadata.GetString(type.Namespace) + "." + metadata.GetString(type.Name))
            .ToArray();

        Assert.Contains("System.String", referenced); // the scan sees references at all
        Assert.DoesNotContain(referenced, BannedTypes.Contains);
        Assert.DoesNotContain(referenced, name => name.StartsWith("System.Net.Sockets.", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Both_assemblies_are_checked_by_the_banned_api_analyzer()
    {
        string src = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(NoIoTests).Assembly.Location)!, "..", "..", "..", "..", "..", "src"));
        string banned = File.ReadAllText(Path.Combine(src, "BannedSymbols.txt"));
        Assert.All(new[] { "T:System.IO.File;", "T:System.Diagnostics.Process;", "T:System.Net.Http.HttpClient;" }, entry => Assert.Contains(entry, banned));
        foreach (string project in new[] { "ArticleGen.Generator/ArticleGen.Generator.csproj", "ArticleGen.CodeFixes/ArticleGen.CodeFixes.csproj" })
        {
            string text = File.ReadAllText(Path.Combine(src, project));
            Assert.Contains("Microsoft.CodeAnalysis.BannedApiAnalyzers", text);
            Assert.Contains(@"<AdditionalFiles Include=""..\BannedSymbols.txt"" />", text);
            Assert.Contains("<EnforceExtendedAnalyzerRules>true</EnforceExtendedAnalyzerRules>", text); // RS1035 on
            Assert.DoesNotMatch(Silenced, text);
        }

        Assert.DoesNotMatch(Silenced, File.ReadAllText(Path.Combine(src, "..", "Directory.Build.props")));
    }
}
