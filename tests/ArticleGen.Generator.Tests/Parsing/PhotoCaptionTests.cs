using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;
using Xunit;

namespace ArticleGen.Generator.Tests.Parsing;

public class PhotoCaptionTests
{
    [Theory]
    [InlineData("A view of the city during a blackout in Caracas, Venezuela March 27, 2019. REUTERS/Carlos Garcia Rawlins",
        "A view of the city during a blackout in Caracas, Venezuela March 27, 2019.", "REUTERS/Carlos Garcia Rawlins", "Carlos Garcia Rawlins", "Reuters")]
    [InlineData("Bank of England governor Mark Carney in London. REUTERS/Hannah McKay/File Photo",
        "Bank of England governor Mark Carney in London.", "REUTERS/Hannah McKay/File Photo", "Hannah McKay", "Reuters")]
    [InlineData("Boeing workers leave the plant in Everett. (AP Photo/Ted S. Warren)",
        "Boeing workers leave the plant in Everett.", "AP Photo/Ted S. Warren", "Ted S. Warren", "AP")]
    [InlineData("The new library opened on Friday. Photo by Karen Hargis",
        "The new library opened on Friday.", "Photo by Karen Hargis", "Karen Hargis", null)]
    public void Splits_caption_and_credit(string block, string caption, string credit, string photographer, string? agency)
    {
        PhotoSpec? photo = PhotoCaption.Read(block);

        Assert.Equal(new PhotoSpec(caption, credit, photographer, agency), photo);
    }

    [Theory]
    [InlineData("The talks between EU/US negotiators stalled on Monday.")]
    [InlineData("Prices rose (see table) on Friday.")]
    [InlineData("The figure was 10-13/16 pct.")]
    public void Paragraphs_are_not_captions(string block) => Assert.Null(PhotoCaption.Read(block));
}
