using System;
using System.Management.Automation;

namespace CeligoPS.Base
{
    /// <summary>
    /// Lets a TimeSpan parameter take a number of seconds (-Timeout 600), as well as a TimeSpan or
    /// '00:10:00'. Without it PowerShell would read 600 as ticks: 60 microseconds.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class TimeSpanTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject ps ? ps.BaseObject : inputData;
            switch (value)
            {
                case int i:
                    return TimeSpan.FromSeconds(i);
                case long l:
                    return TimeSpan.FromSeconds(l);
                case double d:
                    return TimeSpan.FromSeconds(d);
                default:
                    return value;
            }
        }
    }
}
