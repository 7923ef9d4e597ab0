import type { SkillFamilyId } from '../schema';

/**
 * Tools close enough that listing one says something of another: a posting asking for MySQL is
 * partly met by a profile listing PostgreSQL or SQL. Each family names its members as the engine
 * names them (any alias works: `nameKeys` folds them) and, when it has one, its `core`: the skill
 * every member is used through (SQL for the SQL databases). A member listed meets a posting that
 * asks for the core; the core, or (unless `siblings` is false) another member, partly meets it. Kept to tools a hiring manager
 * would see as the same kind of work, learnt in days from one another, never rivals of a
 * different kind (a CRM is no help desk). `id` names the family in the message catalogue.
 */
export interface SkillFamily {
  id: SkillFamilyId;
  core: readonly string[];
  members: readonly string[];
  /** Whether members partly meet one another: not the apps of an office suite (Word, Excel). */
  siblings?: false;
}

export const SKILL_FAMILIES: readonly SkillFamily[] = [
  {
    id: 'sqlDatabases',
    core: ['SQL'],
    members: [
      'MySQL',
      'PostgreSQL',
      'SQL Server',
      'T-SQL',
      'PL/SQL',
      'Oracle Database',
      'SQLite',
      'MariaDB',
    ],
  },
  {
    id: 'biTools',
    core: [],
    members: ['Tableau', 'Power BI', 'Looker', 'Looker Studio', 'Qlik', 'Metabase'],
  },
  {
    id: 'cloudPlatforms',
    core: [],
    members: ['Amazon Web Services', 'Microsoft Azure', 'Google Cloud Platform'],
  },
  {
    id: 'helpDesks',
    core: [],
    members: ['Zendesk', 'Freshdesk', 'ServiceNow', 'Service Cloud', 'Intercom', 'Help Scout'],
  },
  {
    id: 'crms',
    core: [],
    members: ['Salesforce', 'HubSpot', 'Microsoft Dynamics', 'Zoho CRM', 'Pipedrive'],
  },
  { id: 'spreadsheets', core: [], members: ['Excel', 'Google Sheets'] },
  {
    id: 'officeSuites',
    core: ['Microsoft Office'],
    members: ['Excel', 'Word', 'PowerPoint', 'Outlook', 'Google Workspace'],
    siblings: false,
  },
  {
    id: 'projectTrackers',
    core: [],
    members: ['JIRA', 'Asana', 'Trello', 'Monday.com', 'ClickUp', 'Smartsheet'],
  },
  { id: 'gitHosts', core: ['Git'], members: ['GitHub', 'GitLab', 'Bitbucket'] },
  { id: 'frontEndFrameworks', core: [], members: ['React', 'Angular', 'Vue', 'Svelte'] },
  { id: 'javaScript', core: ['JavaScript'], members: ['TypeScript'] },
];
