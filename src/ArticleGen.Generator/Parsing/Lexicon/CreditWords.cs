namespace ArticleGen.Generator.Parsing;

/// <summary>The words credits are made of: the roles of a credits line, and what a photo or video credit names.</summary>
internal static class CreditWords
{
    /// <summary>The roles of a wire credits line: <c>(Reporting by ...; Editing by ...)</c>.</summary>
    public static readonly string[] Roles = { "reporting", "additional reporting", "writing", "editing" };

    /// <summary>What "by" credits in a picture's or a video's credit line, which is no credits line.</summary>
    public static readonly string[] Media = { "photo", "photos", "photograph", "photography", "video", "videos", "graphic", "graphics", "illustration", "image", "images" };

    /// <summary>Labels that put a credit after them: <c>Photo: Damian Dovarganes, AP</c>, <c>Credit: Name/Agency</c>.</summary>
    public static readonly string[] CaptionLabels = { "Photo: ", "Photograph: ", "Photo credit: ", "Picture: ", "Credit: ", "Image: ", "Foto: " };

    /// <summary>What a caption's line opens with, label or not: <c>Image: ...</c>, <c>Media caption ...</c>, <c>Photo ...</c>.</summary>
    public static readonly string[] CaptionOpenings = { "Image", "Media caption", "Photo", "Caption" };
}
