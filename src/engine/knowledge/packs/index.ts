/**
 * Every knowledge pack. A pack is one library or framework: its rows, a description, and fixtures under
 * `test/fixtures/packs/<id>/`; `docs/libraries.md` is generated from this list. Adding a library is adding
 * a pack file and listing it here. The order is the order rows are tried in (first match wins) but packs
 * are written so that no two packs' rows match the same symbol, so it only orders the docs.
 */
import type { KnowledgePack } from '../types';
import scikitLearn from './scikit-learn';
import xgboostLightgbmCatboost from './xgboost-lightgbm-catboost';
import joblibPickle from './joblib-pickle';
import pytorch from './pytorch';
import timm from './timm';
import tensorflowKeras from './tensorflow-keras';
import tfjs from './tfjs';
import faceApi from './face-api';
import onnxruntime from './onnxruntime';
import huggingfaceTransformers from './huggingface-transformers';
import transformersJs from './transformers-js';
import sentenceTransformers from './sentence-transformers';
import ultralytics from './ultralytics';
import vllm from './vllm';
import spacy from './spacy';
import whisper from './whisper';
import ctranslate2 from './ctranslate2';
import llamaCpp from './llama-cpp';
import pyannote from './pyannote';
import tflite from './tflite';
import reactNativeFastTflite from './react-native-fast-tflite';
import tfjsAutoml from './tfjs-automl';
import openvino from './openvino';
import tensorrt from './tensorrt';
import mediapipe from './mediapipe';
import mlflow from './mlflow';
import bentoml from './bentoml';
import sagemaker from './sagemaker';
import triton from './triton';
import kserve from './kserve';
import torchserve from './torchserve';
import tfServing from './tf-serving';
import modelServerHttp from './model-server-http';
import localModelCli from './local-model-cli';
import azureml from './azureml';
import mlserver from './mlserver';
import litserve from './litserve';
import locust from './locust';
import dashscope from './dashscope';
import nodeLlamaCpp from './node-llama-cpp';
import flask from './flask';
import tesseract from './tesseract';
import cog from './cog';
import vertexAi from './vertex-ai';
import modal from './modal';
import rayServe from './ray-serve';
import fastapi from './fastapi';
import servedModels from './served-models';
import pythonConcurrency from './python-concurrency';
import openai from './openai';
import anthropic from './anthropic';
import litellm from './litellm';
import gemini from './gemini';
import mistral from './mistral';
import cohere from './cohere';
import ollama from './ollama';
import huggingfaceInference from './huggingface-inference';
import replicate from './replicate';
import vellum from './vellum';
import awsBedrock from './aws-bedrock';
import vercelAi from './vercel-ai';
import langchain from './langchain';
import llamaindex from './llamaindex';
import cloudflareAi from './cloudflare-ai';
import pythonLogging from './python-logging';
import structlog from './structlog';
import loguru from './loguru';
import pinoWinstonConsole from './pino-winston-console';
import opentelemetry from './opentelemetry';
import prometheus from './prometheus';
import statsdDatadog from './statsd-datadog';
import sentry from './sentry';
import newrelic from './newrelic';
import awsLambdaPowertools from './aws-lambda-powertools';
import arizeWhylogs from './arize-whylogs';
import langfuse from './langfuse';
import pydanticJsonschemaPandera from './pydantic-jsonschema-pandera';
import zodAjvJoi from './zod-ajv-joi';
import pythonIdsClocks from './python-ids-clocks';
import jsIdsClocks from './js-ids-clocks';
import hubConventions from './hub-conventions';
import tensorflowModels from './tensorflow-models';
import ml5 from './ml5';
import supabaseAi from './supabase-ai';
import openaiAgents from './openai-agents';
import autogen from './autogen';
import gradioClient from './gradio-client';
import deepface from './deepface';
import allennlp from './allennlp';
import fairseq from './fairseq';
import sparkMl from './spark-ml';
import reactHooks from './react-hooks';
import webAi from './web-ai';
import awsAiServices from './aws-ai-services';
import googleCloudAi from './google-cloud-ai';
import azureAiServices from './azure-ai-services';
import streamlit from './streamlit';
import fal from './fal';
import elevenlabs from './elevenlabs';
import deepgram from './deepgram';
import assemblyai from './assemblyai';
import voyage from './voyage';
import ibmWatsonx from './ibm-watsonx';
import ktrain from './ktrain';
import tortoiseTts from './tortoise-tts';
import modelLibraries from './model-libraries';
import ascend from './ascend';
import fastai from './fastai';
import speechRecognition from './speech-recognition';
import prophet from './prophet';
import opencvDnn from './opencv-dnn';
import openmmlab from './openmmlab';
import pycaret from './pycaret';
import faceRecognition from './face-recognition';
import chroma from './chroma';
import runpod from './runpod';
import dspy from './dspy';
import webLlm from './web-llm';
import mastra from './mastra';
import inngest from './inngest';
import coralEdgetpu from './coral-edgetpu';
import crewai from './crewai';
import django from './django';
import teachableMachine from './teachable-machine';
import insightface from './insightface';
import h2o from './h2o';
import algorithmia from './algorithmia';
import grpcModelServers from './grpc-model-servers';
import rembg from './rembg';
import genkit from './genkit';
import chromeBuiltInAi from './chrome-built-in-ai';
import brainJs from './brain-js';
import human from './human';
import neatapticSynaptic from './neataptic-synaptic';
import weaviate from './weaviate';
import vscodeLm from './vscode-lm';
import whisperx from './whisperx';
import docling from './docling';
import banana from './banana';
import mxnet from './mxnet';
import rapidocr from './rapidocr';
import inspireface from './inspireface';
import yolov5 from './yolov5';
import voskJs from './vosk-js';
import onnxjs from './onnxjs';
import rknn from './rknn';
import openvoice from './openvoice';
import nnunet from './nnunet';
import jetsonInference from './jetson-inference';
import baiduAip from './baidu-aip';
import yandexCloudMl from './yandex-cloud-ml';
import alephAlpha from './aleph-alpha';
import pytorchTabnet from './pytorch-tabnet';
import magenta from './magenta';
import sparkNlp from './spark-nlp';
import qianfan from './qianfan';
import superGradients from './super-gradients';
import deeppavlov from './deeppavlov';
import coremltools from './coremltools';
import deepl from './deepl';
import witAi from './wit-ai';
import ibmWatson from './ibm-watson';
import sherpaOnnx from './sherpa-onnx';
import tencentHunyuan from './tencent-hunyuan';
import reactNativeExecutorch from './react-native-executorch';
import speechmatics from './speechmatics';
import modelfusion from './modelfusion';
import webSpeech from './web-speech';
import languageTools from './language-tools';
import markovify from './markovify';
import picovoice from './picovoice';
import pinecone from './pinecone';
import segmentAnything from './segment-anything';
import roboflow from './roboflow';
import groundingdino from './groundingdino';
import controlnetAux from './controlnet-aux';
import aisuite from './aisuite';
import ipAdapter from './ip-adapter';
import pandasai from './pandasai';
import argosTranslate from './argos-translate';
import ldm from './ldm';
import moshi from './moshi';
import detectron2 from './detectron2';
import bark from './bark';
import wllama from './wllama';
import clarifai from './clarifai';
import paddle from './paddle';
import googleAdk from './google-adk';
import nodeNlp from './node-nlp';
import nsfwjs from './nsfwjs';
import winkNlp from './wink-nlp';
import lmstudio from './lmstudio';
import exllamav2 from './exllamav2';
import txtai from './txtai';
import gensim from './gensim';
import k6 from './k6';
import pydanticAi from './pydantic-ai';
import agno from './agno';
import semanticKernel from './semantic-kernel';
import smolagents from './smolagents';
import haystack from './haystack';
import instructor from './instructor';
import tensorflowHub from './tensorflow-hub';
import fastembed from './fastembed';
import outlines from './outlines';
import strands from './strands';
import express from './express';
import fastify from './fastify';
import koa from './koa';
import hono from './hono';
import gradio from './gradio';
import feast from './feast';
import tecton from './tecton';
import hopsworks from './hopsworks';
import langsmith from './langsmith';
import weave from './weave';
import openllmetry from './openllmetry';
import openinference from './openinference';
import openlit from './openlit';
import pinoHttp from './pino-http';
import morgan from './morgan';
import clsRtracer from './cls-rtracer';
import expressRequestId from './express-request-id';
import asyncLocalStorage from './async-local-storage';
import prometheusFastapiInstrumentator from './prometheus-fastapi-instrumentator';
import prometheusFlaskExporter from './prometheus-flask-exporter';
import webnn from './webnn';

/** Groups, in the order the docs list them. */
export const PACK_GROUPS: { name: string; packs: KnowledgePack[] }[] = [
  { name: 'Models in the process', packs: [scikitLearn, xgboostLightgbmCatboost, joblibPickle, pytorch, timm, tensorflowKeras, tensorflowHub, tfjs, tfjsAutoml, tensorflowModels, faceApi, ml5, teachableMachine, webAi, tflite, reactNativeFastTflite, coralEdgetpu, ascend, onnxruntime,
    openvino, tensorrt, huggingfaceTransformers, transformersJs, sentenceTransformers, fastembed, outlines, spacy, whisper, pyannote, speechRecognition, ctranslate2, llamaCpp, nodeLlamaCpp, ultralytics, vllm, mediapipe,
    supabaseAi, webLlm, chromeBuiltInAi, webnn, brainJs, deepface, allennlp, fairseq, fastai, prophet, ktrain, tortoiseTts, opencvDnn, openmmlab, pycaret, faceRecognition, insightface, inspireface, rapidocr, yolov5, voskJs, onnxjs, rknn, openvoice, nnunet, jetsonInference, baiduAip, yandexCloudMl, alephAlpha, pytorchTabnet, magenta, sparkNlp, qianfan, superGradients, deeppavlov, coremltools, deepl, witAi, ibmWatson, sherpaOnnx, tencentHunyuan, reactNativeExecutorch, speechmatics, modelfusion, webSpeech, tesseract, rembg, nodeNlp, nsfwjs, winkNlp, exllamav2, txtai, gensim, paddle, wllama, segmentAnything, roboflow, groundingdino, controlnetAux, aisuite, ipAdapter, pandasai, argosTranslate, ldm, moshi, detectron2, bark, markovify, picovoice, mxnet, languageTools, whisperx, docling, human, neatapticSynaptic, h2o, sparkMl, mlflow, bentoml] },
  { name: 'Model servers and serving frameworks', packs: [sagemaker, triton, kserve, torchserve, tfServing, modelServerHttp, localModelCli, grpcModelServers, azureml, mlserver, litserve,
    cog, vertexAi, modal, rayServe, fastapi, flask, django, express, fastify, koa, hono, gradio, servedModels, pythonConcurrency] },
  { name: 'Hosted LLM and model APIs', packs: [openai, anthropic, litellm, gemini, mistral, cohere, dashscope, ollama, huggingfaceInference, replicate, vellum, fal, runpod, elevenlabs, deepgram, assemblyai, voyage, ibmWatsonx, lmstudio, clarifai, pinecone, banana, weaviate, vscodeLm,
    awsBedrock, awsAiServices, googleCloudAi, azureAiServices, cloudflareAi, vercelAi, langchain, llamaindex, chroma, dspy, crewai, mastra, inngest, openaiAgents, autogen, gradioClient, algorithmia, genkit, pydanticAi, agno, semanticKernel, smolagents, haystack, instructor, strands, googleAdk] },
  { name: 'Telemetry', packs: [pythonLogging, structlog, loguru, pinoWinstonConsole, pinoHttp, morgan, expressRequestId, clsRtracer, asyncLocalStorage, opentelemetry, prometheus, prometheusFastapiInstrumentator, prometheusFlaskExporter, statsdDatadog, sentry, newrelic, awsLambdaPowertools,
    arizeWhylogs, langfuse, langsmith, weave, openllmetry, openinference, openlit] },
  { name: 'Feature stores', packs: [feast, tecton, hopsworks] },
  { name: 'Input validation', packs: [pydanticJsonschemaPandera, zodAjvJoi] },
  { name: 'Ids and clocks', packs: [pythonIdsClocks, jsIdsClocks] },
  { name: 'Where apps keep models', packs: [reactHooks, streamlit] },
  { name: 'Test harnesses', packs: [locust, k6] },
  // last: their rows are fallbacks, tried after every library's own
  { name: 'Conventions shared by many libraries', packs: [hubConventions, modelLibraries] },
];

export const PACKS: KnowledgePack[] = PACK_GROUPS.flatMap(g => g.packs);
