using System;
using System.Diagnostics;
using System.IO;

namespace ArticleGen.Generator.Tests.Analyzers;

/// <summary>
/// A throwaway consumer project on disk, built and run with the real <c>dotnet</c>. Either it loads the analyzer
/// assembly as an <c>Analyzer</c> item and references the runtime types beside it, as the package does (without them
/// the generated code does not compile, and the compiler then runs no analyzer); or it references the packed package
/// itself from a local feed (<see cref="ForPackage"/>). Used by the build-level, workspace and package tests.
/// </summary>
public sealed class ConsumerProject : IDisposable
{
    public ConsumerProject(string analyzerAssembly, string extraProperties = "")
        : this(extraProperties, $"""
                <CompilerVisibleProperty Include="ArticleGenMaxFileSize" />
                <AdditionalFiles Include="Articles/*.txt" />
                <Analyzer Include="{analyzerAssembly}" />
                <Reference Include="{Path.Combine(Path.GetDirectoryName(analyzerAssembly)!, "ArticleGen.dll")}" />
            """,
            "namespace Consumer;\npublic static class Program { }\n")
    {
    }

    private ConsumerProject(string properties, string items, string program)
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
                {properties}
              </PropertyGroup>
              <ItemGroup>
            {items}
              </ItemGroup>
            </Project>
            """);

        // Keep the build away from the repository's own Directory.Build.props and .editorconfig.
        File.WriteAllText(Path.Combine(Directory, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(Directory, "Directory.Packages.props"), "<Project />");
        File.WriteAllText(Path.Combine(Directory, "Program.cs"), program);
    }

    public string Directory { get; }

    public string ProjectFile { get; }

    /// <summary>
    /// A console app that references package <paramref name="version"/> of ArticleGen as a user writes it. Restore looks in
    /// <paramref name="feed"/> as well as the machine's usual sources, and puts packages in a folder of this project,
    /// so the machine's global packages folder neither serves a stale copy nor keeps this one.
    /// </summary>
    public static ConsumerProject ForPackage(string feed, string version, string extraProperties = "")
    {
        var project = new ConsumerProject(
            $"""
                <OutputType>Exe</OutputType>
                <RestorePackagesPath>$(MSBuildProjectDirectory)/packages</RestorePackagesPath>
                {extraProperties}
            """,
            $"""
                <PackageReference Include="ArticleGen" Version="{version}" />
                <AdditionalFiles Include="Articles/*.txt" />
            """,
            "namespace Consumer;\npublic static class Program { public static void Main() { } }\n");
        project.AddFile("NuGet.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <!-- No <clear/>: the machine's own sources stay, for anything else the project might restore. -->
                <add key="articlegen-local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        return project;
    }

    public string AddArticle(string name, string text)
    {
        string path = Path.Combine(Directory, "Articles", name);
        File.WriteAllText(path, text);
        return path;
    }

    public void AddFile(string name, string text) => File.WriteAllText(Path.Combine(Directory, name), text);

    /// <summary>Runs <c>dotnet</c> in the project folder and returns its exit code and everything it printed.</summary>
    public (int ExitCode, string Output) Dotnet(string arguments, TimeSpan timeout) => DotnetCli.Run(Directory, arguments, timeout);

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

/// <summary>The <c>dotnet</c> executable that runs these tests, and a way to run it with a timeout.</summary>
public static class DotnetCli
{
    /// <summary>The full path of <c>dotnet</c>, or null where there is none.</summary>
    public static string? Path { get; } = Find();

    /// <summary>Runs <c>dotnet</c> in <paramref name="directory"/> and returns its exit code and everything it printed.</summary>
    public static (int ExitCode, string Output) Run(string directory, string arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(Path ?? "dotnet", arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1"; // no MSBuild node left running after the test
        using Process process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"dotnet {arguments} took longer than {timeout}:\n{stdout.Result}{stderr.Result}");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string? Find()
    {
        string exe = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";

        // The CLI tells the processes it starts where it is; a test host started by `dotnet test` is often dotnet itself.
        foreach (string? candidate in new[] { Environment.GetEnvironmentVariable("DOTNET_HOST_PATH"), Environment.ProcessPath })
        {
            if (candidate is not null && System.IO.Path.GetFileName(candidate) == exe && File.Exists(candidate))
            {
                return candidate;
            }
        }

        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = System.IO.Path.Combine(dir, exe);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
