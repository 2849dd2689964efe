/** One option of a command: a flag, and the environment variable that sets it when the flag is absent. */
export type OptionSpec =
  | (Common & { type: 'string' })
  | (Common & { type: 'boolean'; /** The variable's value that turns it on. */ envValue: string })
  | (Common & { type: 'integer'; min: number; max: number })
  | (Common & { type: 'choice'; choices: readonly string[] });

interface Common {
  env: string;
  /** The usage's placeholder: `--port <port>`. */
  value?: string;
  /** Applied when neither the flag nor the variable is given, and shown in the usage. */
  default?: string;
  description: string;
}

export type OptionTable = Record<string, OptionSpec>;

/** A setting read from the environment only (a secret, or one a deployment sets once), for the usage. */
export interface EnvironmentSetting {
  name: string;
  default: string;
  description: string;
}

export interface CommandSpec<Options extends OptionTable = OptionTable> {
  /** The bin's name: `studymate-api`. */
  name: string;
  /** How to run it from this repository, when it is a bin too: `npm start --`. */
  npmScript?: string;
  summary: string;
  options: Options;
  environment: readonly EnvironmentSetting[];
}

type ValueOf<Spec extends OptionSpec> = Spec extends { type: 'boolean' }
  ? boolean
  : Spec extends { type: 'integer' }
    ? number
    : Spec extends { type: 'choice'; choices: readonly (infer Choice)[] }
      ? Choice
      : string;

/** The parsed options: a flag's or its variable's value, else its default, else undefined. */
export type OptionValues<Options extends OptionTable> = {
  [Name in keyof Options]: Options[Name] extends { type: 'boolean' }
    ? boolean
    : Options[Name] extends { default: string }
      ? ValueOf<Options[Name]>
      : ValueOf<Options[Name]> | undefined;
};
