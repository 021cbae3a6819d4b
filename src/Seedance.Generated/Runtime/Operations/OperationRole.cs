namespace Seedance.Generated.Runtime;

/// <summary>What an operation does in a provider's job API (<c>x-seedance-role</c> in the spec).</summary>
internal enum OperationRole
{
    /// <summary>The spec gives no role.</summary>
    None,

    /// <summary><c>create</c>: submits a job.</summary>
    Create,

    /// <summary><c>status</c>: reads a job's state; carries the provider's status words.</summary>
    Status,

    /// <summary><c>cancel</c>: stops a job.</summary>
    Cancel,

    /// <summary><c>list</c>: lists jobs.</summary>
    List,

    /// <summary><c>models</c>: lists the models on offer.</summary>
    Models,
}
