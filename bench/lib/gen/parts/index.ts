import type { DataPart } from '../context';
import { enterprisesPart } from './enterprises';
import { applicationsPart } from './applications';
import { qualificationsPart } from './qualifications';
import { rdPart } from './rd';
import { usersPart } from './users';
import { yearlyPart } from './yearly';

/** The dataset, part by part, in the order they run (later parts use what earlier ones made). */
export const PARTS: DataPart[] = [usersPart, enterprisesPart, yearlyPart, qualificationsPart, applicationsPart, rdPart];
