using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ArticleGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace ArticleGen.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/ArticleGen.Benchmarks -- compile [articles] [property=value ...]</c>: where
/// the compiler spends its time on the generated code. The generator runs once; then the generated files are parsed,
/// declared, bound, emitted and documented, each phase on a fresh compilation, five times, and the medians printed
/// (wall and CPU time, compiled on one thread). Variants of the same text, each with one thing taken out, show
/// what that thing costs: doc comments, <c>+</c> chains, the <c>Raw</c> constant.
/// </summary>
internal static class CompilePhases
{
    private const int Repeats = 5;

    public static void Run(int articles, IReadOnlyDictionary<string, string> properties)
    {
        var inputs = new RoslynInputs(articles, properties);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new ArticleGenerator().AsSourceGenerator() }, inputs.Texts, RoslynInputs.ParseOptions, inputs.Options);
        var generated = driver.RunGenerators(inputs.Compilation).GetRunResult().Results.Single().GeneratedSources
            .Select(source => (source.HintName, Text: source.SourceText.ToString()))
            .ToList();
        long articleBytes = inputs.Texts.Sum(text => (long)text.GetText()!.Length);
        Console.WriteLine($"{articles} articles ({articleBytes:N0} chars), {string.Join(" ", properties.Select(p => p.Key + "=" + p.Value))}");

        var variants = new (string Name, Func<string, string> Change)[]
        {
            ("as generated", text => text),
            ("without doc comments", text => DocComment.Replace(text, string.Empty)),
            ("one literal per constant", text => Joint.Replace(text, string.Empty)),
            ("without the Raw constant", text => RawConstant.Replace(text, string.Empty)),
        };
        Console.WriteLine($"{"variant",-28} {"chars",12} {"parse",14} {"declare",14} {"bind",14} {"emit",14} {"total",14} {"+ XML docs",14}   (wall/CPU ms)");
        foreach ((string name, Func<string, string> change) in variants)
        {
            var texts = generated.Select(g => (g.HintName, Text: change(g.Text))).ToList();
            if (name != "as generated" && texts.SequenceEqual(generated))
            {
                continue;
            }

            Measure(name, inputs.Compilation, texts);
        }
    }

    private static readonly Regex DocComment = new(@"^ *///.*\n", RegexOptions.Multiline);
    private static readonly Regex Joint = new(@""" \+\n *""");
    private static readonly Regex RawConstant = new(@"\n */// <summary>The file's text[^\n]*\n *public (const string Raw =|static string Raw =>)[\s\S]*?"";\n");

    private static void Measure(string name, CSharpCompilation project, List<(string HintName, string Text)> texts)
    {
        // Without GenerateDocumentationFile, csc reads doc comments as plain comments (DocumentationMode.None); with it,
        // it parses and checks them (Diagnose) and writes the XML file. The last column is what that adds.
        List<SyntaxTree> Parse(DocumentationMode mode) => texts
            .Select(t => CSharpSyntaxTree.ParseText(t.Text, RoslynInputs.ParseOptions.WithDocumentationMode(mode), "/gen/" + t.HintName))
            .ToList();
        List<SyntaxTree> trees = Parse(DocumentationMode.None);

        // One thread, so that the CPU time is the work and not the waiting of a busy, shared machine. Syntax trees are
        // immutable and shared; symbols and bound trees belong to a compilation, so each run gets a new one.
        CSharpCompilation serial = project.WithOptions(project.Options.WithConcurrentBuild(false));
        CSharpCompilation Fresh() => serial.AddSyntaxTrees(trees);
        var errors = Fresh().GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            Console.WriteLine($"{name}: {errors.Count} errors, first: {errors[0]}");
            return;
        }

        // Each phase after parsing includes the ones before it; the printed figure is the phase alone (the difference of medians).
        (double Wall, double Cpu) parse = Time(() => Parse(DocumentationMode.None));
        (double Wall, double Cpu) declare = Time(() => Fresh().GetDeclarationDiagnostics());
        (double Wall, double Cpu) bind = Time(() => Fresh().GetDiagnostics());
        (double Wall, double Cpu) emit = Time(() => Fresh().Emit(new MemoryStream()));
        (double Wall, double Cpu) documented = Time(() =>
            serial.AddSyntaxTrees(Parse(DocumentationMode.Diagnose)).Emit(new MemoryStream(), xmlDocumentationStream: new MemoryStream()));
        (double Wall, double Cpu) total = Plus(parse, emit);
        Console.WriteLine(
            $"{name,-28} {texts.Sum(t => (long)t.Text.Length),12:N0} {Format(parse)} {Format(declare)} {Format(Minus(bind, declare))} " +
            $"{Format(Minus(emit, bind))} {Format(total)} {Format(Minus(documented, total))}");
    }

    private static (double, double) Plus((double Wall, double Cpu) a, (double Wall, double Cpu) b) => (a.Wall + b.Wall, a.Cpu + b.Cpu);

    private static (double, double) Minus((double Wall, double Cpu) a, (double Wall, double Cpu) b) => (a.Wall - b.Wall, a.Cpu - b.Cpu);

    private static string Format((double Wall, double Cpu) t) => $"{t.Wall,6:F0}/{t.Cpu,-7:F0}";

    private static (double Wall, double Cpu) Time(Action action)
    {
        action(); // warm
        var runs = new List<(double, double)>();
        for (int i = 0; i < Repeats; i++)
        {
            GC.Collect();
            TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            action();
            runs.Add((clock.Elapsed.TotalMilliseconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds));
        }

        return (runs.Select(r => r.Item1).OrderBy(x => x).ElementAt(Repeats / 2), runs.Select(r => r.Item2).OrderBy(x => x).ElementAt(Repeats / 2));
    }
}
