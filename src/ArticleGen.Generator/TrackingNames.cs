namespace ArticleGen.Generator;

/// <summary>The names of the generator's pipeline steps, which incrementality tests look up.</summary>
internal static class TrackingNames
{
    public const string ProjectOptions = nameof(ProjectOptions);
    public const string AdditionalFiles = nameof(AdditionalFiles);
    public const string ArticleFiles = nameof(ArticleFiles);
    public const string Sources = nameof(Sources);
    public const string Parse = nameof(Parse);
    public const string Keys = nameof(Keys);
    public const string AllKeys = nameof(AllKeys);
    public const string Names = nameof(Names);
    public const string ParsedWithNames = nameof(ParsedWithNames);
    public const string Models = nameof(Models);
    public const string Readable = nameof(Readable);
    public const string ReadablePaths = nameof(ReadablePaths);
    public const string AllReadablePaths = nameof(AllReadablePaths);
    public const string NamesWithReadable = nameof(NamesWithReadable);
    public const string Index = nameof(Index);
    public const string TextConstants = nameof(TextConstants);
    public const string ModelsWithTextConstants = nameof(ModelsWithTextConstants);
    public const string Code = nameof(Code);
    public const string AllCode = nameof(AllCode);
    public const string Parts = nameof(Parts);
}
