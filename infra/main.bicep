// WebTasks on Azure: `azd up` provisions this and deploys the container image built from ../Dockerfile.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name; names and tags every resource.')
param environmentName string

@minLength(1)
@description('Region for every resource except Azure OpenAI.')
param location string

@description('Region for Azure OpenAI (model availability differs by region).')
param openAiLocation string = location

@description('The workspace the API key below opens.')
param workspaceId string = 'default'

@secure()
@description('API key of that workspace (x-api-key). azd prompts for it and keeps it in the environment.')
param workspaceApiKey string

@description('Model tier used when a request names none: haiku/sonnet/opus, or "none" (saved scripts and the built-in planner only, no model calls).')
param defaultModel string = 'haiku'

var tags = { 'azd-env-name': environmentName }

resource group 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module resources 'resources.bicep' = {
  name: 'webtasks-resources'
  scope: group
  params: {
    environmentName: environmentName
    location: location
    openAiLocation: openAiLocation
    tags: tags
    workspaceId: workspaceId
    workspaceApiKey: workspaceApiKey
    defaultModel: defaultModel
  }
}

output AZURE_RESOURCE_GROUP string = group.name
output AZURE_CONTAINER_REGISTRY_ENDPOINT string = resources.outputs.registryLoginServer
output AZURE_STORAGE_ACCOUNT string = resources.outputs.storageAccountName
output AZURE_OPENAI_ENDPOINT string = resources.outputs.openAiEndpoint
output WEBTASKS_URL string = resources.outputs.serviceUrl
output WEBTASKS_WORKSPACE string = workspaceId
