using System;
using System.Diagnostics;
using System.IO;

namespace ArticleGen.Generator.Tests.Analyzers;

/// <summary>
/// A throwaway consumer project on disk that loads the analyzer assembly as an <c>Analyzer</c> item and references the
/// runtime types beside it, as the package does (without them the generated code does not compile, and the compiler
/// then runs no analyzer). Used by the build-level and workspace tests.
/// </summary>
public sealed class ConsumerProject : IDisposable
{
    public ConsumerProject(string analyzerAssembly, string extraProperties = "")
    {
        Directory = Path.Combine(Path.GetTempPath(), "articlegen-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "Articles"));
        ProjectFile = Path.Combine(Directory, "Consumer.csproj");
        File.WriteAllText(ProjectFile, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <CompilerVisibleProperty Include="ArticleGenMaxFileSize" />
                <AdditionalFiles Include="Articles/*.txt" />
                <Analyzer Include="{analyzerAssembly}" />
                <Reference Include="{Path.Combine(Path.GetDirectoryName(analyzerAssembly)!, "ArticleGen.dll")}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(Directory, "Program.cs"), "namespace Consumer;\npublic static class Program { }\n");

        // Keep the build away from the repository's own Directory.Build.props and .editorconfig.
        File.WriteAllText(Path.Combine(Directory, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(Directory, "Directory.Packages.props"), "<Project />");
    }

    public string Directory { get; }

    public string ProjectFile { get; }

    public string AddArticle(string name, string text)
    {
        string path = Path.Combine(Directory, "Articles", name);
        File.WriteAllText(path, text);
        return path;
    }

    public void AddFile(string name, string text) => File.WriteAllText(Path.Combine(Directory, name), text);

    /// <summary>Runs <c>dotnet</c> in the project folder and returns its exit code and everything it printed.</summary>
    public (int ExitCode, string Output) Dotnet(string arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1"; // no MSBuild node left running after the test
        using Process process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {arguments} took longer than {timeout}:\n{stdout.Result}{stderr.Result}");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the temp folder is cleaned up eventually anyway.
        }
    }
}
