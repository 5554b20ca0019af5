using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;

namespace ArticleGen.Tool.Tests.TestSupport;

/// <summary>Runs the built <c>articlegen</c> as its own process, with its output redirected, as a script would.</summary>
public static class Articlegen
{
    public static string AssemblyPath { get; } = Metadata("ToolAssembly");

    public static string Metadata(string key) =>
        typeof(Articlegen).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    /// <summary>The dotnet host that runs the tests, so the tool runs on the same runtime.</summary>
    public static string DotnetHost { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static ToolRun Run(string workingDirectory, params string[] args) => Process(DotnetHost, workingDirectory, [AssemblyPath, .. args]);

    public static ToolRun Process(string fileName, string workingDirectory, params string[] args) => Process(fileName, workingDirectory, args, []);

    public static ToolRun Process(string fileName, string workingDirectory, string[] args, params (string Name, string Value)[] environment) =>
        Process(fileName, workingDirectory, args, null, environment);

    /// <summary>Runs the tool with <paramref name="input"/> as its standard input (UTF-8), as <c>articlegen check - &lt; file</c> does.</summary>
    public static ToolRun RunWithInput(string workingDirectory, string input, params string[] args) =>
        Process(DotnetHost, workingDirectory, [AssemblyPath, .. args], input, []);

    /// <summary>Runs the tool with the given environment variables.</summary>
    public static ToolRun RunWithEnvironment(string workingDirectory, (string Name, string Value)[] environment, params string[] args) =>
        Process(DotnetHost, workingDirectory, [AssemblyPath, .. args], null, environment);

    private static ToolRun Process(string fileName, string workingDirectory, string[] args, string? input, (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach ((string name, string value) in environment)
        {
            start.Environment[name] = value;
        }

        using Process process = System.Diagnostics.Process.Start(start)!;
        if (input is not null)
        {
            using (var writer = new StreamWriter(process.StandardInput.BaseStream, new System.Text.UTF8Encoding(false)))
            {
                writer.Write(input);
            }
        }

        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', args)} did not finish");
        }

        return new ToolRun(process.ExitCode, output.Result, errors.Result);
    }
}

public sealed record ToolRun(int ExitCode, string Output, string Errors)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Errors}";
}
