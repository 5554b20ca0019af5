using System.Text;
using ArticleGen.Generator.Emit;
using ArticleGen.Generator.Inputs;
using ArticleGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Generator;

/// <summary>
/// Generates a static <c>Article</c> property for every article file in <c>AdditionalFiles</c>, fifty articles to a
/// generated file, plus an index with <c>All</c> and <c>Find</c>. Reports no diagnostics; the analyzer does that, live in the IDE.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ArticleGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<ProjectOptions> project = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => ProjectOptions.From(options.GlobalOptions))
            .WithTrackingName(TrackingNames.ProjectOptions);

        IncrementalValuesProvider<ArticleSource> sources = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider.Combine(project))
            .WithTrackingName(TrackingNames.AdditionalFiles)
            .Where(static pair => ArticleSource.IsArticle(pair.Left, pair.Right.Left, pair.Right.Right))
            .WithTrackingName(TrackingNames.ArticleFiles)
            .Select(static (pair, ct) => ArticleSource.Read(pair.Left, pair.Right.Left, pair.Right.Right, ct))
            .WithTrackingName(TrackingNames.Sources);

        IncrementalValuesProvider<ParsedFile> parsed = sources
            .Select(static (source, ct) => ParsedFile.Parse(source, ct))
            .WithTrackingName(TrackingNames.Parse);

        IncrementalValueProvider<ArticleNames> names = sources
            .Select(static (source, _) => ArticleKey.From(source))
            .WithTrackingName(TrackingNames.Keys)
            .Collect()
            .WithTrackingName(TrackingNames.AllKeys)
            .Combine(project)
            .Select(static (pair, _) => ArticleNames.Assign(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Names);

        IncrementalValuesProvider<ArticleModel?> models = parsed
            .Combine(names)
            .WithTrackingName(TrackingNames.ParsedWithNames)
            .Select(static (pair, _) => ArticleModel.Create(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Models);

        IncrementalValueProvider<IndexModel> index = parsed
            .Where(static file => file.Article is not null)
            .WithTrackingName(TrackingNames.Readable)
            .Select(static (file, _) => file.Path)
            .WithTrackingName(TrackingNames.ReadablePaths)
            .Collect()
            .WithTrackingName(TrackingNames.AllReadablePaths)
            .Combine(names)
            .WithTrackingName(TrackingNames.NamesWithReadable)
            .Select(static (pair, _) => IndexModel.Create(pair.Right, pair.Left))
            .WithTrackingName(TrackingNames.Index);

        IncrementalValueProvider<bool> textConstants = project
            .Select(static (options, _) => options.TextConstants)
            .WithTrackingName(TrackingNames.TextConstants);

        IncrementalValuesProvider<ArticleCode> code = models
            .Where(static model => model is not null)
            .Combine(textConstants)
            .WithTrackingName(TrackingNames.ModelsWithTextConstants)
            .Select(static (pair, _) => ArticleEmitter.Emit(pair.Left!, pair.Right))
            .WithTrackingName(TrackingNames.Code);

        // Fifty articles to a file: each article's code is written once and kept, and a part whose articles did
        // not change compares equal, so editing one article rewrites one file.
        IncrementalValuesProvider<PartModel> parts = code
            .Collect()
            .WithTrackingName(TrackingNames.AllCode)
            .SelectMany(static (all, _) => PartModel.Group(all))
            .WithTrackingName(TrackingNames.Parts);

        context.RegisterSourceOutput(parts, static (output, part) => output.AddSource(part.HintName, Source(PartEmitter.Emit(part))));

        context.RegisterSourceOutput(index, static (output, model) =>
        {
            // No articles, no class: a project that merely references the package keeps its namespace clean.
            if (!model.Articles.IsEmpty)
            {
                output.AddSource(model.HintName, Source(IndexEmitter.Emit(model)));
            }
        });
    }

    private static SourceText Source(string text) => SourceText.From(text, Encoding.UTF8);
}
