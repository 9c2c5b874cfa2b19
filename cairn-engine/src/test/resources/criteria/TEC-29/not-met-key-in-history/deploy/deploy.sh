#!/bin/sh
kubectl apply -k deploy/
