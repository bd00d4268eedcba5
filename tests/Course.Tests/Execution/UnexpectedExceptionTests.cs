using System.Collections.Immutable;
using Course.Core.Diagnostics;
using Course.Core.Documents;
using Course.Core.Execution;

namespace Course.Tests.Execution;

/// <summary>
/// Issue #11.5: an exception the generator did not expect while processing a page is reported with that
/// page's file, without a stack trace, and the other pages are still checked in the same run.
/// </summary>
public class UnexpectedExceptionTests
{
    private sealed class Pages : Pipeline
    {
        public Pages()
        {
            InputModules.Add(new Read());
            ProcessModules.Add(new FailOn("input/kk/bad.md"));
        }
    }

    private sealed class Read : IModule
    {
        private static readonly string[] Paths = ["kk/good.md", "kk/bad.md", "kk/other.md"];

        public Task<ImmutableArray<Document>> ExecuteAsync(IExecutionContext context) => Task.FromResult<ImmutableArray<Document>>(
        [
            .. Paths.Select(path => Document.Create(null, path, "text").WithMetadata(Keys.DisplayPath, "input/" + path)),
        ]);
    }

    private sealed class FailOn(string display) : Module
    {
        protected internal override IEnumerable<Document> ExecuteInput(Document input, IExecutionContext context)
        {
            string path = input.GetString(Keys.DisplayPath, input.RelativePath);
            if (path == display)
            {
                throw new InvalidOperationException("Sequence contains no elements");
            }

            return [input];
        }
    }

    [Fact]
    public async Task AnExceptionWhileProcessingAPageNamesThePageAndTheOtherPagesGoOn()
    {
        BuildResult result = await new Engine([new Pages()], new SiteServices()).ExecuteAsync();

        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal("input/kk/bad.md", error.File);
        Assert.True(error.IsError);
        Assert.Contains("could not process this file (InvalidOperationException: Sequence contains no elements)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("bug in the generator", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(["kk/good.md", "kk/other.md"], result.ProcessOutputs["Pages"].Select(d => d.RelativePath));
    }
}
