using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ArticleGen.Generator.Tests.Generator;

/// <summary>
/// Values that hold a compilation, symbols or syntax keep old compilations alive and never compare equal, which
/// defeats caching. Walk everything the pipeline produced and ban them.
/// </summary>
public class PipelineValueTests
{
    private static readonly Type[] Banned = { typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SemanticModel), typeof(SyntaxTree) };

    [Fact]
    public void NoStepHoldsCompilationSymbolsOrSyntax()
    {
        var project = new TestProject(new[] { Fixtures.Article(Fixtures.Seed), ArticleFile.At("Articles/x.txt", "X\n") }, null, "class A { }");
        GeneratorRunResult result = project.Run();

        Assert.Subset(result.TrackedSteps.Keys.ToHashSet(), typeof(TrackingNames).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet());
        foreach (var (name, steps) in result.TrackedSteps)
        {
            foreach (var (value, _) in steps.SelectMany(step => step.Outputs))
            {
                Visit(value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static void Visit(object? value, string path, HashSet<object> seen)
    {
        if (value is null or string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Type type = value.GetType();
        Assert.False(Banned.Any(b => b.IsAssignableFrom(type)), $"{path} holds a {type}");

        if (value is IEnumerable items)
        {
            int i = 0;
            foreach (object? item in items)
            {
                Visit(item, $"{path}[{i++}]", seen);
            }
        }

        // Look inside our own types and tuples; Roslyn's inputs (AdditionalText, options) are opaque by design.
        if (value is ITuple || type.Assembly == typeof(TrackingNames).Assembly)
        {
            foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                Visit(field.GetValue(value), $"{path}.{field.Name}", seen);
            }
        }
    }
}
