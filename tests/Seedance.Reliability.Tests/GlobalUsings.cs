global using Seedance.Contracts.Errors;
global using Seedance.Contracts.Http;
