namespace Course.Core.Execution;

/// <summary>An ordered list of modules, written as a collection initializer in pipelines.</summary>
public sealed class ModuleList : List<IModule>
{
}
