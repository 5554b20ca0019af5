using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Emit;

/// <summary>Writes the index file: the class's documentation, <c>All</c> and <c>Find</c>.</summary>
internal static class IndexEmitter
{
    private const string Article = "global::ArticleGen.Article";
    private const string ArticleList = "global::System.Collections.Generic.IReadOnlyList<" + Article + ">";

    public static string Emit(IndexModel model)
    {
        SourceWriter writer = GeneratedFile.Begin(
            model.Namespace,
            model.ClassName,
            new[] { "/// <summary>The articles in this project's <c>AdditionalFiles</c>, parsed at compile time by ArticleGen.</summary>" });
        writer
            .Line("// Built on first use, as each article is: no static constructor has to run them all at once.")
            .Line("private static " + ArticleList + "? _all;")
            .Line()
            .Line("/// <summary>Every article, in ordinal order of path.</summary>")
            .Line("public static " + ArticleList + " All =>")
            .Indent()
            .Line("_all ??= global::System.Array.AsReadOnly(new " + Article + "[]")
            .Open();
        foreach (string identifier in model.Articles)
        {
            writer.Line(identifier + ",");
        }

        writer
            .Close(");")
            .Outdent()
            .Line();
        WriteFind(writer);
        writer
            .Line()
            .Line("/// <summary>The text of each article as constants, for attribute arguments such as <c>[InlineData(...)]</c>.</summary>")
            .Open("public static partial class Constants")
            .Close();
        return GeneratedFile.End(writer, model.Namespace);
    }

    private static void WriteFind(SourceWriter writer)
    {
        writer
            .Line("private static global::ArticleGen.ArticleIndex? _index;")
            .Line()
            .Line("/// <summary>")
            .Line("/// The article with this name (as in <see cref=\"" + Article + ".Name\"/>) or path relative to the project")
            .Line("/// (either separator), or null.")
            .Line("/// </summary>")
            .Line("public static " + Article + "? Find(string nameOrPath) =>")
            .Indent()
            .Line("(_index ??= new global::ArticleGen.ArticleIndex(All)).Find(nameOrPath);")
            .Outdent();
    }
}
