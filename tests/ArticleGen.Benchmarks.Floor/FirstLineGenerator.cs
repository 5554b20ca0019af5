using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Benchmarks.Floor;

/// <summary>
/// The floor ArticleGen is measured against: read each .txt AdditionalFile, take its first line, and emit one small
/// object per file. Whatever ArticleGen costs beyond this is its parser and its emitter.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class FirstLineGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<(string Name, string FirstLine)> lines = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(".txt", System.StringComparison.OrdinalIgnoreCase))
            .Select(static (file, ct) => (Name(file.Path), FirstLine(file.GetText(ct))));

        context.RegisterSourceOutput(lines, static (output, line) =>
        {
            string source = $"namespace FloorArticles {{ public static class {line.Name} {{ public const string FirstLine = @\"{line.FirstLine.Replace("\"", "\"\"")}\"; }} }}\n";
            output.AddSource(line.Name + ".g.cs", SourceText.From(source, Encoding.UTF8));
        });
    }

    internal static string FirstLine(SourceText? text) => text is null || text.Lines.Count == 0 ? string.Empty : text.Lines[0].ToString();

    private static string Name(string path)
    {
        var name = new StringBuilder("A_");
        foreach (char c in System.IO.Path.GetFileNameWithoutExtension(path))
        {
            name.Append(char.IsLetterOrDigit(c) && c < 128 ? c : '_');
        }

        return name.ToString();
    }
}
