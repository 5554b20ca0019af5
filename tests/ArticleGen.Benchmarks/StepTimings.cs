using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using ArticleGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleGen.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/ArticleGen.Benchmarks -- steps [articles]</c>: where a generator run spends
/// its time, per pipeline step (<see cref="IncrementalGeneratorRunStep.ElapsedTime"/>) and in total
/// (<see cref="GeneratorDriver.GetTimingInfo"/>), for a cold run, a one-article edit and an unrelated C# edit.
/// </summary>
internal static class StepTimings
{
    public static void Run(int articles)
    {
        var inputs = new RoslynInputs(articles);
        (AdditionalText old, AdditionalText edited) = inputs.EditOne();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new ArticleGenerator().AsSourceGenerator() },
            inputs.Texts,
            RoslynInputs.ParseOptions,
            inputs.Options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        // A first run JITs the generator, as a build server has done before the builds that matter.
        driver.RunGenerators(inputs.Compilation);
        GeneratorDriver warm = Report("cold", () => driver.RunGenerators(inputs.Compilation));
        Report("one article edited", () => warm.ReplaceAdditionalText(old, edited).RunGenerators(inputs.Compilation));
        Report("unrelated C# edit", () => warm.RunGenerators(inputs.WithUnrelatedEdit()));
    }

    private static GeneratorDriver Report(string title, Func<GeneratorDriver> run)
    {
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        GeneratorDriver ran = run();
        clock.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        GeneratorRunResult result = ran.GetRunResult().Results.Single();
        Console.WriteLine($"{title}: {clock.Elapsed.TotalMilliseconds:F1} ms wall, generator {ran.GetTimingInfo().ElapsedTime.TotalMilliseconds:F1} ms, {allocated / 1024 / 1024.0:F1} MB allocated, {result.GeneratedSources.Length} sources");
        var steps = result.TrackedSteps
            .Select(step => (Name: step.Key, Ms: step.Value.Sum(s => s.ElapsedTime.TotalMilliseconds), Runs: step.Value.Length))
            .OrderByDescending(step => step.Ms);
        foreach ((string name, double ms, int runs) in steps)
        {
            Console.WriteLine($"    {name,-24} {ms,9:F2} ms  {runs,6} entries");
        }

        return ran;
    }
}
