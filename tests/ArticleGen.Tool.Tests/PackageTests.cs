using System.IO;
using System.IO.Compression;
using System.Linq;
using ArticleGen.Tool.Tests.TestSupport;
using Xunit;

namespace ArticleGen.Tool.Tests;

/// <summary>The ArticleGen.Tool package installs as a .NET tool from a local feed, and the installed <c>articlegen</c> works.</summary>
public class PackageTests
{
    [Fact]
    public void The_package_installs_as_a_tool_and_runs()
    {
        using var folder = new TempFolder();
        string feed = folder.Combine("feed");
        ToolRun pack = Articlegen.Process(
            Articlegen.DotnetHost, folder.Path,
            "pack", Articlegen.Metadata("ToolProject"), "-c", Articlegen.Metadata("Configuration"), "--no-build", "--no-restore", "-o", feed);
        Assert.True(pack.ExitCode == 0, pack.ToString());

        string package = Assert.Single(Directory.GetFiles(feed, "*.nupkg"));
        Assert.Equal("ArticleGen.Tool.0.2.0.nupkg", Path.GetFileName(package));
        using (ZipArchive zip = ZipFile.OpenRead(package))
        {
            string[] entries = zip.Entries.Select(e => e.FullName).ToArray();
            Assert.Contains("tools/net10.0/any/DotnetToolSettings.xml", entries);
            Assert.Contains("tools/net10.0/any/ArticleGen.Generator.dll", entries);
            Assert.Contains("tools/net10.0/any/ArticleGen.CodeFixes.dll", entries);
            Assert.Contains("tools/net10.0/any/SmartReader.dll", entries);
        }

        // A packages folder of its own, so that no 0.2.0 cached by an earlier run is installed instead of this one.
        ToolRun installed = Articlegen.Process(
            Articlegen.DotnetHost, folder.Path,
            ["tool", "install", "ArticleGen.Tool", "--version", "0.2.0", "--tool-path", "tools", "--add-source", feed],
            ("NUGET_PACKAGES", folder.Combine("packages")));
        Assert.True(installed.ExitCode == 0, installed.ToString());

        folder.File("Articles/geneva.txt", Samples.Dirty);
        ToolRun check = Articlegen.Process(folder.Combine("tools/articlegen"), folder.Path, "check", "Articles", "--fail-on", "none");
        Assert.Equal(0, check.ExitCode);
        Assert.Equal(3, CheckTests.Lines(check.Output).Length);
    }
}
