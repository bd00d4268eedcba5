namespace Course.Core.Execution;

/// <summary>
/// Validates pipeline dependencies (they exist, no cycles) and gives each pipeline's transitive
/// dependencies, which decide both the Process order and what Process may read.
/// </summary>
internal sealed class PhaseGraph
{
    private readonly Dictionary<string, Pipeline> pipelines;

    public PhaseGraph(IEnumerable<Pipeline> pipelines)
    {
        this.pipelines = new Dictionary<string, Pipeline>(StringComparer.OrdinalIgnoreCase);
        foreach (Pipeline pipeline in pipelines)
        {
            if (!this.pipelines.TryAdd(pipeline.Name, pipeline))
            {
                throw new InvalidOperationException($"Two pipelines are named '{pipeline.Name}'.");
            }
        }

        foreach (Pipeline pipeline in this.pipelines.Values)
        {
            foreach (string dependency in pipeline.Dependencies)
            {
                if (!this.pipelines.TryGetValue(dependency, out Pipeline? other))
                {
                    throw new InvalidOperationException($"Pipeline '{pipeline.Name}' depends on '{dependency}', which does not exist.");
                }

                if (other.RunsLast && !pipeline.RunsLast)
                {
                    throw new InvalidOperationException($"Pipeline '{pipeline.Name}' depends on '{dependency}', which runs last.");
                }
            }
        }

        Order = TopologicalOrder();
    }

    /// <summary>Pipelines with every dependency before its dependents; ties in name order, for determinism.</summary>
    public IReadOnlyList<Pipeline> Order { get; }

    public IReadOnlySet<string> TransitiveDependencies(string name)
    {
        var result = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var stack = new Stack<string>(pipelines[name].Dependencies);
        while (stack.Count > 0)
        {
            string next = stack.Pop();
            if (result.Add(next))
            {
                foreach (string dependency in pipelines[next].Dependencies)
                {
                    stack.Push(dependency);
                }
            }
        }

        return result;
    }

    private List<Pipeline> TopologicalOrder()
    {
        var order = new List<Pipeline>();
        var state = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase); // false = visiting, true = done
        foreach (string name in pipelines.Keys.Order(StringComparer.OrdinalIgnoreCase))
        {
            Visit(name, state, order, []);
        }

        return order;
    }

    private void Visit(string name, Dictionary<string, bool> state, List<Pipeline> order, List<string> path)
    {
        if (state.TryGetValue(name, out bool done))
        {
            if (!done)
            {
                throw new InvalidOperationException($"Pipeline dependency cycle: {string.Join(" -> ", path.Append(name))}.");
            }

            return;
        }

        state[name] = false;
        foreach (string dependency in pipelines[name].Dependencies.Order(StringComparer.OrdinalIgnoreCase))
        {
            Visit(pipelines[dependency].Name, state, order, [.. path, name]);
        }

        state[name] = true;
        order.Add(pipelines[name]);
    }
}
