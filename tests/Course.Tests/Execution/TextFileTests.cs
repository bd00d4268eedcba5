using System.Text;
using Course.Core.Documents;
using Course.Core.IO;

namespace Course.Tests.Execution;

/// <summary>A file's text as the build reads it (in one call, #18.6) is what File.ReadAllText gives; a document's body has its line endings as '\n'.</summary>
public sealed class TextFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("course-text-file-").FullName;

    public static TheoryData<string, byte[]> Files => new()
    {
        { "plain UTF-8", Encoding.UTF8.GetBytes("# Тақырып\n\nМәтін — text.\n") },
        { "UTF-8 with a byte order mark", [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("Қылмыс\r\nпреступление\r\n")] },
        { "invalid UTF-8 bytes", [0x61, 0xC3, 0x28, 0x62, 0xE2, 0x82, 0x0A, 0xF0] },
        { "UTF-16 little endian", [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes("Кесте\r\n1")] },
        { "UTF-16 big endian", [.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes("Кесте 2")] },
        { "UTF-32 little endian", [.. Encoding.UTF32.Preamble, .. Encoding.UTF32.GetBytes("Кесте 3")] },
        { "empty", [] },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void ReadsWhatFileReadAllTextReads(string name, byte[] bytes)
    {
        string path = Path.Combine(folder, name + ".md");
        File.WriteAllBytes(path, bytes);

        Assert.Equal(File.ReadAllText(path), TextFile.Read(path));
        string expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(expected, new FileContent(path).Read());
        Assert.Equal(expected[Math.Min(2, expected.Length)..], new FileContent(path, Start: 2).Read());
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
