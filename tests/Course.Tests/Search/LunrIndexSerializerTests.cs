using Course.Web.Search.Lunr;

namespace Course.Tests.Search;

public sealed class LunrIndexSerializerTests
{
    [Fact]
    public void WritesLunrsLayoutCompactlyWithCyrillicAsUtf8()
    {
        LunrIndex index = new LunrIndexBuilder().WithField("title", 10).WithField("body")
            .WithSearchPipeline("stemmer-kk")
            .Add("a", new Dictionary<string, string?> { ["title"] = "Қылмыс", ["body"] = "заң" })
            .Build();

        string json = LunrIndexSerializer.Serialize(index);

        Assert.Equal(
            """{"version":"2.3.9","fields":["title","body"],"fieldVectors":[["title/a",[0,2.877]],["body/a",[1,0.288]]],"invertedIndex":[["заң",{"_index":1,"title":{},"body":{"a":{}}}],["қылмыс",{"_index":0,"title":{"a":{}},"body":{}}]],"pipeline":["stemmer-kk"]}""",
            json);
    }
}
